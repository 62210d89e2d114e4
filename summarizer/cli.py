"""The `summarizer` command: parses arguments, calls the library, prints results.

Results go to standard output, messages to standard error. Problems the user can fix end with one
line on standard error and the exit code of their `SummarizerError` subclass (see errors.py and
the README); they never print a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .config import Length
from .errors import EXIT_CODES, SummarizerError
from .languages import Quantization, values

PROG = "summarizer"
log = logging.getLogger(PROG)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: sys.argv[1:]) and return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format=f"{PROG}: %(message)s",
        stream=sys.stderr,
    )
    try:
        return args.handler(args)
    except SummarizerError as exc:
        from .request import present

        print(f"{PROG}: error: {present(exc, lambda option: option.flag)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `summarizer ... | head`
        return 0


def build_parser() -> argparse.ArgumentParser:
    codes = "\n".join(f"  {code:>3}  {meaning}" for code, meaning in EXIT_CODES.items())
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Detect the language of a news article, translate it into English, Russian "
        "or Kazakh, and write a short and a long summary.",
        epilog=f"exit codes:\n{codes}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    summarize = _command(commands, "summarize", "summarize a text (translating it if asked)",
                         _summarize)
    _add_input(summarize)
    _add_options(summarize, RUN_OPTIONS)
    _add_format(summarize)

    detect = _command(commands, "detect", "detect the language of a text", _detect)
    _add_input(detect)
    _add_format(detect)
    _add_config(detect)

    translate = _command(commands, "translate", "translate a text into en, ru or kk", _translate)
    _add_input(translate)
    _add_options(translate, ("target", "source", "config", "engine"), target_required=True)
    _add_format(translate)

    models = _command(commands, "models", "list, download or convert the translation models",
                      lambda args: models.print_help() or 2)
    actions = models.add_subparsers(dest="action", metavar="ACTION")
    listing = _command(actions, "list", "show each direction's model and whether it is local",
                       _models_list)
    _add_format(listing)
    _add_config(listing)
    fetch = _command(actions, "download", "fetch models into the Hugging Face cache",
                     _models_download)
    fetch.add_argument("directions", nargs="*", metavar="DIRECTION",
                       help="e.g. en-ru kk-en (default: every configured direction)")
    _add_config(fetch)
    convert = _command(actions, "convert", "convert local models for the ctranslate2 engine "
                       "(done on first use otherwise)", _models_convert)
    convert.add_argument("directions", nargs="*", metavar="DIRECTION",
                         help="e.g. en-ru kk-en (default: every configured direction)")
    convert.add_argument("--quantization", choices=values(Quantization),
                         default="auto", help="default: translation.quantization in models.yaml "
                         "(auto: int8 on CPU, float16 on CUDA)")
    convert.add_argument("--force", action="store_true", help="convert again even if cached")
    _add_config(convert)

    batch = _command(commands, "batch", "summarize every record of a JSON Lines (or Parquet) "
                     "file into a JSON Lines file; a rerun resumes", _batch)
    batch.add_argument("input", metavar="INPUT", help="JSON Lines (.jsonl, .jsonl.gz) or Parquet "
                       "file, one record per line/row")
    batch.add_argument("output", metavar="OUTPUT", help="JSON Lines results, appended to; records "
                       "already there are skipped")
    _add_options(batch, RUN_OPTIONS)
    batch.add_argument("--text-field", default="text", metavar="NAME",
                       help="field holding the text (default: text)")
    batch.add_argument("--id-field", metavar="NAME", help="field holding the record id (default: "
                       "id when records have one, else the line number)")
    batch.add_argument("--chunk-size", type=_positive, default=64, metavar="N",
                       help="records per pipeline call (default: 64)")
    batch.add_argument("--runner", choices=("local", "ray"), default="local",
                       help="run in this process (default) or on Ray: pip install "
                       "'summarizer[ray]'")
    batch.add_argument("--ray-address", metavar="ADDR", help="Ray cluster to join: auto, "
                       "HOST:6379 or ray://HOST:10001 (default: start a local Ray)")
    batch.add_argument("--num-cpus", type=_positive, metavar="N", help="Ray actors, one CPU each "
                       "(default: all CPUs); also the CPUs of a local Ray")
    batch.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                       help="progress bar on stderr (default: auto, when it is a terminal)")
    return parser


# --- commands -----------------------------------------------------------------------------------


def _summarize(args: argparse.Namespace) -> int:
    from .inputs import read_text
    from .pipeline import Pipeline
    from .render import to_text

    text = read_text(args.input)
    pipeline = Pipeline.from_config(args.config)
    result = pipeline.run(text, request=_request(args))
    _emit(args.format, result.to_dict(), lambda: to_text(result))
    return 0


def _detect(args: argparse.Namespace) -> int:
    from .inputs import read_text
    from .pipeline import Pipeline
    from .render import detection_line, detection_payload

    text = read_text(args.input)
    detection = Pipeline.from_config(args.config).detect(text)
    _emit(args.format, detection_payload(detection), lambda: detection_line(detection))
    return 0


def _translate(args: argparse.Namespace) -> int:
    from .inputs import read_text
    from .pipeline import Pipeline

    text = read_text(args.input)
    result = Pipeline.from_config(args.config).translate(text, args.to, source=args.source,
                                                         engine=args.engine)
    _emit(args.format, result.to_dict(), lambda: result.translation)
    return 0


def _models_list(args: argparse.Namespace) -> int:
    from .config import load_settings
    from .models import model_status
    from .render import models_payload, models_text

    settings = load_settings(args.config)
    rows = model_status(settings.translation, settings.summary.abstractive)
    _emit(args.format, models_payload(rows), lambda: models_text(rows))
    return 0


def _models_convert(args: argparse.Namespace) -> int:
    from .config import load_settings
    from .ct2 import convert_directions

    settings = load_settings(args.config).translation
    for direction, path in convert_directions(settings, args.directions, args.quantization,
                                              args.force):
        print(f"{direction}\t{path}")
    return 0


def _models_download(args: argparse.Namespace) -> int:
    from .config import load_settings
    from .models import download

    settings = load_settings(args.config)
    for path in download(settings.translation, args.directions, settings.summary.abstractive):
        print(path)
    return 0


def _batch(args: argparse.Namespace) -> int:
    from .batch import BatchJob, local_runner, run_batch
    from .config import load_settings

    if args.runner == "local" and (args.ray_address or args.num_cpus):
        print(f"{PROG} batch: error: --ray-address and --num-cpus need --runner ray",
              file=sys.stderr)
        return 2
    runner = local_runner
    if args.runner == "ray":
        from .batch_ray import RayRunner

        runner = RayRunner(args.ray_address, args.num_cpus)
    job = BatchJob(settings=load_settings(args.config), request=_request(args),
                   chunk_size=args.chunk_size)
    progress = {"auto": None, "always": True, "never": False}[args.progress]
    try:
        report = run_batch(args.input, args.output, job, text_field=args.text_field,
                           id_field=args.id_field, runner=runner, progress=progress)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; finished records are in {args.output}: rerun the same "
              "command to resume", file=sys.stderr)
        return 130
    print(f"{PROG}: {report.summary()}", file=sys.stderr)
    return 0


# --- helpers ------------------------------------------------------------------------------------


def _command(commands: Any, name: str, help_text: str,
             handler: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=help_text, description=help_text[0].upper()
                                 + help_text[1:] + ".")
    parser.set_defaults(handler=handler)
    return parser


def _add_input(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", nargs="?", default="-", metavar="FILE",
                        help="UTF-8 text file, or - for standard input (the default)")


#: The options of a run (summarize, batch), declared once; see request.OPTIONS.
RUN_OPTIONS = ("target", "source", "config", "short", "long", "route", "method", "engine")


def _add_options(parser: argparse.ArgumentParser, names: Sequence[str],
                 target_required: bool = False) -> None:
    """Add the run options `names` as request.OPTIONS describes them."""
    from .request import OPTIONS

    for name in names:
        option = OPTIONS[name]
        extra: dict[str, Any] = {"dest": name if name != "target" else "to"}
        if name in ("short", "long"):
            extra["type"] = _length
        if option.choices:
            extra["choices"] = option.choices
        if name == "route":
            extra["default"] = "auto"
        help_text = option.help
        if name == "target" and target_required:
            extra["required"] = True
            help_text = help_text.split(";")[0]
        parser.add_argument(option.flag, metavar=option.metavar, help=help_text, **extra)


def _add_config(parser: argparse.ArgumentParser) -> None:
    _add_options(parser, ("config",))


def _request(args: argparse.Namespace) -> Any:
    """The run's `Request` from the parsed options."""
    from .request import Request

    return Request(target=args.to, source=args.source, short=getattr(args, "short", None),
                   long=getattr(args, "long", None), route=getattr(args, "route", "auto"),
                   method=getattr(args, "method", None), engine=args.engine)


def _add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="output format (default: text)")


def _positive(spec: str) -> int:
    try:
        value = int(spec)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {spec!r}")
    return value


def _length(spec: str) -> Length:
    try:
        return Length.parse(spec)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _emit(fmt: str, payload: dict[str, Any], as_text: Callable[[], str]) -> None:
    if fmt == "json":
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(as_text())
