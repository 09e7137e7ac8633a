//! Printed output on its way to the host: joined into batches, and capped.

use c4h_protocol::{Event, Stream};

use crate::clock::Clock;

/// Printed output on its way to the host: joined into batches, and capped.
///
/// Lines of the same stream are joined and sent at most every [`OUTPUT_FLUSH_MILLIS`], so
/// a script printing in a tight loop cannot flood the page with thousands of messages.
/// Waiting output is also sent from the progress callback, so a line printed just before a
/// long computation still appears as soon as it is printed, not when the script ends.
pub struct OutputCapture {
    emit: Box<dyn FnMut(Event)>,
    clock: Clock,
    pending: Option<(Stream, String)>,
    last_flush: f64,
    bytes_written: usize,
    max_bytes: usize,
    truncated: bool,
}

/// Waiting output is sent at least this often (milliseconds)...
const OUTPUT_FLUSH_MILLIS: f64 = 25.0;
/// ...or as soon as this much is waiting (bytes).
const OUTPUT_FLUSH_BYTES: usize = 16 * 1024;

impl OutputCapture {
    /// Output for `emit`, at most `max_bytes` of it, batched by `clock` from `started`.
    pub fn new(
        emit: Box<dyn FnMut(Event)>,
        clock: Clock,
        started: f64,
        max_bytes: usize,
    ) -> OutputCapture {
        OutputCapture {
            emit,
            clock,
            pending: None,
            last_flush: started,
            bytes_written: 0,
            max_bytes,
            truncated: false,
        }
    }

    pub fn write(&mut self, stream: Stream, text: &str) {
        if self.truncated {
            return;
        }
        let line_bytes = text.len() + 1;
        if self.bytes_written + line_bytes > self.max_bytes {
            self.truncated = true;
            let max_output_bytes = self.max_bytes;
            self.send(Event::OutputTruncated { max_output_bytes });
            return;
        }
        self.bytes_written += line_bytes;
        match &mut self.pending {
            Some((pending_stream, pending_text)) if *pending_stream == stream => {
                pending_text.push_str(text);
                pending_text.push('\n');
            }
            _ => {
                self.flush();
                self.pending = Some((stream, format!("{text}\n")));
            }
        }
        let waiting = self.pending.as_ref().map_or(0, |(_, text)| text.len());
        if waiting >= OUTPUT_FLUSH_BYTES {
            self.flush();
        } else {
            self.flush_if_due();
        }
    }

    /// Sends waiting output if it has waited long enough.
    pub fn flush_if_due(&mut self) {
        if self.pending.is_some() && (self.clock)() - self.last_flush >= OUTPUT_FLUSH_MILLIS {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if let Some((stream, text)) = self.pending.take() {
            (self.emit)(Event::Output { stream, text });
            self.last_flush = (self.clock)();
        }
    }

    /// Sends any other event, after the output that came before it.
    pub fn send(&mut self, event: Event) {
        self.flush();
        (self.emit)(event);
    }
}
