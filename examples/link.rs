//! Prints the share-link fragment (after `#`) for a scenario file.
//!
//! `cargo run --example link -- FILE.json [--present]`

use std::process::ExitCode;

use skippertak::codec::{self, LinkMode};
use skippertak::i18n::Lang;
use skippertak::text::codec::codec_error;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: link FILE.json [--present]");
        return ExitCode::from(2);
    };
    let mode = if args.iter().any(|a| a == "--present") { LinkMode::Present } else { LinkMode::Edit };
    let scenario = match std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|text| codec::from_file(&text).map_err(|e| codec_error(&e, Lang::En)))
    {
        Ok(scenario) => scenario,
        Err(message) => {
            eprintln!("{path}: {message}");
            return ExitCode::from(2);
        }
    };
    println!("{}", codec::to_link_fragment(&scenario, mode));
    ExitCode::SUCCESS
}
