//! The Monte Carlo runs off the typing path: in short slices between browser
//! events, restarted whenever the inputs change, so typing never waits for it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use crate::model::Evaluation;
use crate::model::montecarlo::{Simulation, TRIALS, Uncertainty};
use crate::model::stress::StressOutcome;

use super::Deferred;

/// Longest slice of simulation work before yielding to the browser: short
/// enough that a keystroke waits less than a frame, long enough that the
/// browser's minimum timer delay between slices does not dominate.
const SLICE_MS: f64 = 14.0;
/// Back-to-back slices can hold off painting; after this long without a
/// frame, the next slice waits for one.
const MAX_MS_WITHOUT_FRAME: f64 = 32.0;

/// How long (ms) the odds may lag behind the inputs before they are shown as
/// being calculated. A simulation that is done sooner (as at a few hundred
/// deals) replaces them without a flash of "Calculating" on every keystroke,
/// and the keystroke's frame draws only the answer that changed.
const SHOW_CALCULATING_AFTER_MS: f64 = 200.0;

/// The uncertainty results shown with the answer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UncertaintyState {
    /// True once the odds have lagged behind the inputs for longer than
    /// [`SHOW_CALCULATING_AFTER_MS`]: they are then shown as being calculated.
    pub calculating: bool,
    /// Odds (P(hit)) of the recommended plan; `None` until computed.
    pub recommended: Option<Uncertainty>,
    /// Odds of the trap plan; `None` until computed or when there is none.
    pub trap: Option<Uncertainty>,
    /// P(hit) of the recommended plan without the biggest deal.
    pub stress: Option<Uncertainty>,
}

struct Job {
    generation: u64,
    /// When the browser last had a chance to paint during this job.
    last_frame: f64,
    runs: Vec<Option<Simulation>>,
    results: Vec<Option<Uncertainty>>,
}

/// Counts the simulation runs the inputs have asked for.
#[derive(Default)]
struct Generations {
    /// The newest run; an older one stops at its next slice.
    current: Cell<u64>,
    /// When the odds became pending (`Date.now()`, ms), while they are.
    pending_since: Cell<f64>,
}

impl Generations {
    /// Shows the odds as being calculated once they have been pending for
    /// long enough. Checked at each catch-up and simulation slice, which
    /// follow one another while the odds are pending: no timer per edit.
    fn show_calculating_when_overdue(&self, pending: RwSignal<bool>, out: RwSignal<UncertaintyState>) {
        let overdue = pending.get_untracked() && js_sys::Date::now() - self.pending_since.get() >= SHOW_CALCULATING_AFTER_MS;
        if overdue && out.with_untracked(|state| !state.calculating) {
            out.update(|state| state.calculating = true);
        }
    }
}

/// Keeps the odds in step with the evaluation. A new evaluation makes them
/// pending at once (`pending`: they belong to the answer) and stops the older
/// run at its next slice; the new run starts from the deferred results, after
/// the page below the answer has caught up and been painted. The odds on
/// screen stay as they were until the new ones are ready, and are shown as
/// being calculated only if that takes longer than [`SHOW_CALCULATING_AFTER_MS`].
pub fn run_uncertainty(
    evaluation: Memo<Evaluation>,
    deferred: Deferred,
    stress: Memo<Option<StressOutcome>>,
    pending: RwSignal<bool>,
    out: RwSignal<UncertaintyState>,
) {
    let generations = Rc::new(Generations::default());
    let newer = generations.clone();
    Effect::new(move |_| {
        evaluation.track();
        mark_pending(&newer, pending);
    });
    Effect::new(move |_| {
        deferred.caught_up.track();
        let job = deferred.scenario.with(|s| {
            deferred.evaluation.with(|e| {
                let mut runs = vec![Simulation::new(s, e, &e.recommended, TRIALS), Simulation::new(s, e, &e.trap, TRIALS)];
                stress.with(|st| {
                    runs.push(st.as_ref().and_then(|st| Simulation::new(&st.scenario, &st.evaluation, &st.evaluation.recommended, TRIALS)))
                });
                runs
            })
        });
        let mine = mark_pending(&generations, pending);
        generations.show_calculating_when_overdue(pending, out);
        let job = Rc::new(RefCell::new(Job { generation: mine, last_frame: 0.0, results: vec![None; job.len()], runs: job }));
        // The new deterministic results are painted before simulating starts.
        let run = Run { job, generations: generations.clone(), pending, out };
        after_next_frame(move || slice(run));
    });
}

/// Stops the running job (at its next slice) and marks the odds pending;
/// returns the new generation.
fn mark_pending(generations: &Generations, pending: RwSignal<bool>) -> u64 {
    let mine = generations.current.get() + 1;
    generations.current.set(mine);
    if !pending.get_untracked() {
        generations.pending_since.set(js_sys::Date::now());
        pending.set(true);
    }
    mine
}

/// Runs `task` in a new task of the event loop, after pending input and
/// rendering. A message to oneself avoids the 4 ms minimum delay browsers
/// put on nested timers; a timer is the fallback.
fn next_task(task: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Ok(channel) = web_sys::MessageChannel::new() else {
        set_timeout(task, Duration::ZERO);
        return;
    };
    let callback = Closure::once_into_js(task);
    channel.port1().set_onmessage(Some(callback.unchecked_ref()));
    let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
}

/// Runs `task` just after the browser's next paint: a message posted from an
/// animation-frame callback is handled once that frame is drawn.
pub(crate) fn after_next_frame(task: impl FnOnce() + 'static) {
    request_animation_frame(move || next_task(task));
}

/// Longest wait for an idle moment before catching up anyway (typing without
/// pause never leaves one).
const IDLE_TIMEOUT_MS: u32 = 100;

/// Runs `task` once the next frame is drawn and the browser has nothing more
/// urgent to do: pending input and other tasks go first. An idle callback
/// asked for now runs in an idle period that starts after the coming frame,
/// so no frame callback is needed (one would run inside the edit's frame).
/// Browsers without `requestIdleCallback` run it in the task after that frame.
pub(crate) fn after_next_frame_when_idle(task: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let window = window();
    let supported = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
    if !supported {
        after_next_frame(task);
        return;
    }
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(IDLE_TIMEOUT_MS);
    let callback = Closure::once_into_js(task);
    let _ = window.request_idle_callback_with_options(callback.unchecked_ref(), &options);
}

/// A simulation job with what it reports to.
struct Run {
    job: Rc<RefCell<Job>>,
    generations: Rc<Generations>,
    pending: RwSignal<bool>,
    out: RwSignal<UncertaintyState>,
}

/// One slice of simulation; schedules the next until the job is done.
fn slice(run: Run) {
    run.job.borrow_mut().last_frame = js_sys::Date::now();
    run_slice(run);
}

fn schedule(run: Run) {
    if js_sys::Date::now() - run.job.borrow().last_frame > MAX_MS_WITHOUT_FRAME {
        after_next_frame(move || slice(run));
    } else {
        next_task(move || run_slice(run));
    }
}

fn run_slice(run: Run) {
    if run.job.borrow().generation != run.generations.current.get() {
        return; // inputs changed; a newer job has taken over
    }
    let started = js_sys::Date::now();
    let mut finished = true;
    {
        let mut job = run.job.borrow_mut();
        let Job { runs, results, .. } = &mut *job;
        for (slot, result) in runs.iter_mut().zip(results.iter_mut()) {
            let Some(simulation) = slot else { continue };
            let batch = (20_000 / simulation.cost_per_trial().max(1)).clamp(50, 20_000);
            while !simulation.advance(batch) {
                if js_sys::Date::now() - started > SLICE_MS {
                    break;
                }
            }
            if simulation.is_done() {
                *result = slot.take().and_then(Simulation::finish);
            } else {
                finished = false;
                break;
            }
        }
    }
    // The plans' odds are shown as soon as they are ready; the stress
    // test's follows.
    let plans_ready = {
        let job = run.job.borrow();
        job.runs[0].is_none() && job.runs[1].is_none()
    };
    let published = !run.pending.get_untracked();
    if plans_ready && (!published || finished) {
        let job = run.job.borrow();
        run.out.set(UncertaintyState {
            calculating: false,
            recommended: job.results[0].clone(),
            trap: job.results[1].clone(),
            stress: if finished { job.results[2].clone() } else { None },
        });
        if !published {
            run.pending.set(false);
        }
    }
    if !finished {
        run.generations.show_calculating_when_overdue(run.pending, run.out);
        schedule(run);
    }
}
