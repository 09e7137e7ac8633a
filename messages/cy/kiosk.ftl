### kiosk
