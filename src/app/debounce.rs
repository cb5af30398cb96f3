//! Work that waits for a pause in typing: saving, the share link.

use std::time::Duration;

use leptos::prelude::*;

/// Runs a task once a delay has passed without a newer request. A request
/// only moves the deadline; one timer at a time checks it and sets itself
/// again when the deadline has moved, so a burst of keystrokes does not set
/// and clear a browser timer on every one of them.
#[derive(Clone, Copy)]
pub struct Debounced {
    delay: Duration,
    /// When the task is due (`Date.now()`, ms); `None` when nothing waits.
    due: StoredValue<Option<f64>>,
    /// Whether a timer is set.
    armed: StoredValue<bool>,
    task: StoredValue<Option<Box<dyn Fn()>>, LocalStorage>,
}

impl Debounced {
    /// A debouncer that runs its task once `delay` after the last call.
    pub fn new(delay: Duration) -> Debounced {
        Debounced { delay, due: StoredValue::new(None), armed: StoredValue::new(false), task: StoredValue::new_local(None) }
    }

    /// Runs `task` once `delay` has passed without another request (which
    /// replaces it).
    pub fn request(self, task: impl Fn() + 'static) {
        self.task.set_value(Some(Box::new(task)));
        self.due.set_value(Some(js_sys::Date::now() + self.delay.as_secs_f64() * 1000.0));
        if !self.armed.get_value() {
            self.arm(self.delay);
        }
    }

    /// Whether a task waits to run.
    pub fn is_waiting(self) -> bool {
        self.due.get_value().is_some()
    }

    /// Drops the waiting task, if any (it was done another way).
    pub fn cancel(self) {
        self.due.set_value(None);
        self.task.set_value(None);
    }

    fn arm(self, wait: Duration) {
        self.armed.set_value(true);
        set_timeout(move || self.fire(), wait);
    }

    fn fire(self) {
        // The owner may be gone (the page was rendered afresh): nothing to do.
        if self.armed.try_set_value(false).is_some() {
            return;
        }
        let Some(Some(due)) = self.due.try_get_value() else { return };
        let left = due - js_sys::Date::now();
        if left > 0.0 {
            self.arm(Duration::from_secs_f64(left / 1000.0));
            return;
        }
        let task = self.task.try_update_value(Option::take).flatten();
        self.due.set_value(None);
        if let Some(task) = task {
            task();
        }
    }
}
