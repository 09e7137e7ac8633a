### Classroom kiosk mode (?kiosk): the bar on a shared computer, its confirmation, and the
### notice before an idle computer resets itself (crates/web/src/kiosk.rs).

kiosk-region = Shared computer
kiosk-text = This is a shared computer. When you have finished, reset it for the next person.
kiosk-reset-button = Finish and reset for the next person
kiosk-confirm-heading = Reset this computer for the next person?
kiosk-confirm-text = This clears all the code and lesson progress saved on this computer. It cannot be undone.
kiosk-confirm-yes = Yes, reset
kiosk-confirm-no = No, go back
kiosk-idle-heading = Are you still there?
kiosk-idle-text = { $seconds ->
    [one] This computer will reset for the next person in { $seconds } second. Press any key or touch the screen to carry on.
   *[other] This computer will reset for the next person in { $seconds } seconds. Press any key or touch the screen to carry on.
}
