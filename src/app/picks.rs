//! Small values read out of big ones: one field's number out of the draft,
//! one cell's text out of the evaluation.
//!
//! A view that reads the whole draft re-runs on every keystroke, whether its
//! own value changed or not, and a memo per value is re-run just as often,
//! at the same cost. Here one effect follows the big values and works out
//! every small value in plain code; a value's readers are woken only when
//! the value changed, so an edit wakes only the views whose text it changes.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;

type Picker = Box<dyn Fn()>;

/// Values picked from what one tracking closure reads.
#[derive(Clone, Copy)]
pub struct Picks {
    pickers: StoredValue<Vec<(u64, Picker)>, LocalStorage>,
    next_id: StoredValue<u64>,
}

impl Picks {
    /// Picks worked out again whenever something `track` reads changes.
    pub fn follow(track: impl Fn() + 'static) -> Picks {
        let picks = Picks { pickers: StoredValue::new_local(Vec::new()), next_id: StoredValue::new(0) };
        Effect::new(move |_| {
            track();
            untrack(|| picks.pickers.with_value(|list| list.iter().for_each(|(_, pick)| pick())));
        });
        picks
    }

    /// A signal holding what `compute` returns, changed only when that
    /// changes. `compute` may read anything; only `track` decides when it runs.
    /// The pick is dropped with the component that asked for it.
    pub fn pick<T: Clone + PartialEq + Send + Sync + 'static>(&self, compute: impl Fn() -> T + 'static) -> Signal<T> {
        // Boxed at once, so the code below exists once per value type rather
        // than once per caller: there are dozens of callers in the wasm.
        self.pick_boxed(Box::new(compute))
    }

    fn pick_boxed<T: Clone + PartialEq + Send + Sync + 'static>(&self, compute: Box<dyn Fn() -> T>) -> Signal<T> {
        let value = Arc::new(Mutex::new(untrack(&compute)));
        let changed = ArcTrigger::new();
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        let (writer, notifier) = (value.clone(), changed.clone());
        self.pickers.update_value(|list| {
            list.push((
                id,
                Box::new(move || {
                    let next = compute();
                    let mut shown = lock(&writer);
                    if *shown != next {
                        *shown = next;
                        drop(shown);
                        notifier.notify();
                    }
                }),
            ))
        });
        let pickers = self.pickers;
        on_cleanup(move || {
            pickers.try_update_value(|list| list.retain(|(key, _)| *key != id));
        });
        Signal::derive(move || {
            changed.track();
            lock(&value).clone()
        })
    }
}

/// The lock is never held across a call that could panic (and panics abort),
/// so it cannot be poisoned.
fn lock<T>(value: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    value.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
