//! Small values read out of big ones: one field's number out of the draft,
//! one cell's text out of the evaluation.
//!
//! A view that reads the whole draft re-runs on every keystroke, whether its
//! own value changed or not, and a memo per value is re-run just as often,
//! at the same cost. Here one effect follows the big values and works out
//! every small value in plain code; a value's signal is set only when the
//! value changed, so an edit wakes only the views whose text it changes.

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

    /// A signal holding what `compute` returns, set again only when that
    /// changes. `compute` may read anything; only `track` decides when it runs.
    /// The pick is dropped with the component that asked for it.
    pub fn pick<T: PartialEq + Send + Sync + 'static>(&self, compute: impl Fn() -> T + 'static) -> Signal<T> {
        let value = ArcRwSignal::new(untrack(&compute));
        let writer = value.clone();
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.pickers.update_value(|list| {
            list.push((
                id,
                Box::new(move || {
                    let next = compute();
                    if writer.with_untracked(|shown| *shown != next) {
                        writer.set(next);
                    }
                }),
            ))
        });
        let pickers = self.pickers;
        on_cleanup(move || {
            pickers.try_update_value(|list| list.retain(|(key, _)| *key != id));
        });
        value.into()
    }
}
