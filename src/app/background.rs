//! The Monte Carlo runs off the typing path: in short slices between browser
//! events, restarted whenever the inputs change, so typing never waits for it.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use crate::model::Evaluation;
use crate::model::evaluation::StressOutcome;
use crate::model::montecarlo::{Simulation, TRIALS, Uncertainty};

use super::Deferred;

/// Longest slice of simulation work before yielding to the browser: short
/// enough that a keystroke waits less than a frame, long enough that the
/// browser's minimum timer delay between slices does not dominate.
const SLICE_MS: f64 = 14.0;
/// Back-to-back slices can hold off painting; after this long without a
/// frame, the next slice waits for one.
const MAX_MS_WITHOUT_FRAME: f64 = 32.0;

/// The uncertainty results for the current evaluation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UncertaintyState {
    /// True while the plans' odds for newer inputs are being computed.
    pub pending: bool,
    pub recommended: Option<Uncertainty>,
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

/// Keeps the odds in step with the evaluation. A new evaluation makes them
/// pending at once (they belong to the answer) and stops the older run at its
/// next slice; the new run starts from the deferred results, after the page
/// below the answer has caught up and been painted.
pub fn run_uncertainty(
    evaluation: Memo<Evaluation>,
    deferred: Deferred,
    stress: Memo<Option<StressOutcome>>,
    out: RwSignal<UncertaintyState>,
) {
    let generation = Rc::new(RefCell::new(0u64));
    let newer = generation.clone();
    Effect::new(move |_| {
        evaluation.track();
        mark_pending(&newer, out);
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
        let mine = mark_pending(&generation, out);
        let job = Rc::new(RefCell::new(Job { generation: mine, last_frame: 0.0, results: vec![None; job.len()], runs: job }));
        // The new deterministic results are painted before simulating starts.
        let current = generation.clone();
        after_next_frame(move || slice(job, current, out));
    });
}

/// Stops the running job (at its next slice) and shows the odds as pending;
/// returns the new generation.
fn mark_pending(generation: &Rc<RefCell<u64>>, out: RwSignal<UncertaintyState>) -> u64 {
    let mine = {
        let mut g = generation.borrow_mut();
        *g += 1;
        *g
    };
    if out.with_untracked(|state| !state.pending || state.stress.is_some()) {
        out.update(|state| {
            state.pending = true;
            state.stress = None;
        });
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
/// urgent to do: pending input and other tasks go first. Browsers without
/// `requestIdleCallback` run it in the task after that frame.
pub(crate) fn after_next_frame_when_idle(task: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    request_animation_frame(move || {
        let window = window();
        let supported = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
        if !supported {
            next_task(task);
            return;
        }
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(IDLE_TIMEOUT_MS);
        let callback = Closure::once_into_js(task);
        let _ = window.request_idle_callback_with_options(callback.unchecked_ref(), &options);
    });
}

/// One slice of simulation; schedules the next until the job is done.
fn slice(job: Rc<RefCell<Job>>, current: Rc<RefCell<u64>>, out: RwSignal<UncertaintyState>) {
    job.borrow_mut().last_frame = js_sys::Date::now();
    run_slice(job, current, out);
}

fn schedule(job: Rc<RefCell<Job>>, current: Rc<RefCell<u64>>, out: RwSignal<UncertaintyState>) {
    if js_sys::Date::now() - job.borrow().last_frame > MAX_MS_WITHOUT_FRAME {
        after_next_frame(move || slice(job, current, out));
    } else {
        next_task(move || run_slice(job, current, out));
    }
}

fn run_slice(job: Rc<RefCell<Job>>, current: Rc<RefCell<u64>>, out: RwSignal<UncertaintyState>) {
    if job.borrow().generation != *current.borrow() {
        return; // inputs changed; a newer job has taken over
    }
    let started = js_sys::Date::now();
    let mut finished = true;
    {
        let mut job = job.borrow_mut();
        let Job { runs, results, .. } = &mut *job;
        for (slot, result) in runs.iter_mut().zip(results.iter_mut()) {
            let Some(run) = slot else { continue };
            let batch = (20_000 / run.cost_per_trial().max(1)).clamp(50, 20_000);
            while !run.advance(batch) {
                if js_sys::Date::now() - started > SLICE_MS {
                    break;
                }
            }
            if run.is_done() {
                *result = slot.take().and_then(Simulation::finish);
            } else {
                finished = false;
                break;
            }
        }
    }
    // The plans' odds are shown as soon as they are ready; the stress
    // test's follows.
    let (plans_ready, published) = {
        let job = job.borrow();
        (job.runs[0].is_none() && job.runs[1].is_none(), out.with_untracked(|o| !o.pending))
    };
    if plans_ready && (!published || finished) {
        let job = job.borrow();
        out.set(UncertaintyState {
            pending: false,
            recommended: job.results[0].clone(),
            trap: job.results[1].clone(),
            stress: if finished { job.results[2].clone() } else { None },
        });
    }
    if !finished {
        schedule(job, current, out);
    }
}
