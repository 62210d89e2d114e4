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
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from .errors import EXIT_CODES, InputError, LanguageError, SummarizerError, UsageError

# Only the standard library and errors.py at import time: the console script imports this
# module before `entry` can catch a Ctrl-C, so the less it loads the smaller that window.
if TYPE_CHECKING:
    from .config import Length, Settings
    from .detect import Detection
    from .inputs import Document
    from .request import Request

PROG = "summarizer"
log = logging.getLogger(PROG)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: sys.argv[1:]) and return the exit code.

    Every way out is one line on standard error at most: usage mistakes (exit 2), the library's
    errors (their own codes) and Ctrl-C (130), wherever it lands, including inside a library
    that turned the interrupt into its own exception (langdetect does, while loading profiles).
    """
    try:
        argv = list(sys.argv[1:] if argv is None else argv)
        parser = build_parser()
        parser.command_hint = _command_named(argv)
        args = parser.parse_args(argv)
        logging.basicConfig(
            level=logging.DEBUG if args.verbose else logging.WARNING,
            format=f"{PROG}: %(message)s",
            stream=sys.stderr,
        )
        return args.handler(args)
    except KeyboardInterrupt:
        return _interrupted()
    except SummarizerError as exc:
        if _caused_by_interrupt(exc):
            return _interrupted()
        from .request import present

        message = " ".join(present(exc, lambda option: option.flag).split())
        print(f"{PROG}: error: {message}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # e.g. `summarizer ... | head`
        _silence_stdout()
        return 0
    except Exception as exc:
        if _caused_by_interrupt(exc):
            return _interrupted()
        raise


def entry() -> None:
    """The `summarizer` console script: `main()`, with Ctrl-C during start-up one line too."""
    try:
        code = main()
    except KeyboardInterrupt:
        code = _interrupted()
    sys.exit(code)


def _interrupted() -> int:
    print(f"{PROG}: interrupted", file=sys.stderr)
    return 130


def _caused_by_interrupt(exc: BaseException) -> bool:
    """True when `exc` was raised while handling a KeyboardInterrupt (a library's bare
    `except:` turned Ctrl-C into its own error)."""
    seen: set[int] = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        if isinstance(link, KeyboardInterrupt):
            return True
        seen.add(id(link))
        link = link.__cause__ or link.__context__
    return False


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush is quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors: "summarizer: error: … (see summarizer COMMAND --help)".

    Used for every subparser too, so a mistake after a command names that command's help.
    """

    command_hint: str | None = None

    def error(self, message: str) -> NoReturn:
        prog = self.prog
        if self.command_hint and prog == PROG:  # reported by the top parser, e.g. an unknown flag
            prog = f"{PROG} {self.command_hint}"
        elif prog == PROG:
            prog = f"{PROG} COMMAND"
        print(f"{PROG}: error: {' '.join(message.split())} (see {prog} --help)", file=sys.stderr)
        sys.exit(2)


def _command_named(argv: Sequence[str]) -> str | None:
    """The command (and action, for `models`) named in `argv`, for the usage hint."""
    words = [word for word in argv if not word.startswith("-")]
    if not words or words[0] not in COMMANDS:
        return None
    if words[0] == "models" and len(words) > 1 and words[1] in ("list", "download", "convert"):
        return f"models {words[1]}"
    return words[0]


COMMANDS = ("summarize", "detect", "translate", "models", "batch")


def build_parser() -> argparse.ArgumentParser:
    codes = "\n".join(f"  {code:>3}  {meaning}" for code, meaning in EXIT_CODES.items())
    from . import __version__
    from .languages import Quantization, values

    parser = _Parser(
        prog=PROG,
        description="Detect the language of a news article, translate it into English, Russian "
        "or Kazakh, and write a short and a long summary.",
        epilog=f"exit codes:\n{codes}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    summarize = _command(commands, "summarize", "summarize a text (translating it if asked)",
                         _summarize)
    _add_input(summarize)
    _add_options(summarize, RUN_OPTIONS)
    _add_format(summarize)
    _add_output(summarize)

    detect = _command(commands, "detect", "detect the language of a text", _detect)
    _add_input(detect)
    _add_format(detect)
    _add_output(detect)
    _add_config(detect)

    translate = _command(commands, "translate", "translate a text into en, ru or kk", _translate)
    _add_input(translate)
    _add_options(translate, TRANSLATE_OPTIONS, target_required=True)
    _add_format(translate)
    _add_output(translate)

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
                       "already there are skipped; - writes them to standard output (no resume)")
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
                       help="progress bar on stderr (default: auto, when it is a terminal and "
                       "tqdm is installed)")
    batch.add_argument("--force", action="store_true", help="resume OUTPUT even though it was "
                       "written with other options (see OUTPUT.options.json)")
    return parser


# --- commands -----------------------------------------------------------------------------------


def _summarize(args: argparse.Namespace) -> int:
    from .pipeline import Pipeline
    from .render import to_text, warnings_of

    request = _request(args)
    settings, output = _settings(args), _output(args)
    document = _document(args, settings)
    pipeline = Pipeline(settings)
    result = pipeline.run(document, request=request)
    _reliable(result.detection, request)
    _warn(warnings_of(result))
    _emit(args.format, result.to_dict(), lambda: to_text(result), output)
    return 0


def _detect(args: argparse.Namespace) -> int:
    from .pipeline import Pipeline
    from .render import detection_document, detection_line

    settings, output = _settings(args), _output(args)
    document = _document(args, settings)
    pipeline = Pipeline(settings)
    detection = pipeline.detect(document)
    _emit(args.format, detection_document(detection), lambda: detection_line(detection),
          output)
    return 0


def _translate(args: argparse.Namespace) -> int:
    from .pipeline import Pipeline
    from .render import translation_text, warnings_of

    request = _request(args)
    settings, output = _settings(args), _output(args)
    document = _document(args, settings)
    pipeline = Pipeline(settings)
    result = pipeline.translate(document, request.target, request=request)
    _reliable(result.detection, request)
    _warn(warnings_of(result))
    _emit(args.format, result.to_dict(), lambda: translation_text(result), output)
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

    if args.runner == "local" and (args.ray_address or args.num_cpus):
        raise UsageError("--ray-address and --num-cpus need --runner ray")
    request = _request(args)
    runner = local_runner
    if args.runner == "ray":
        from .batch_ray import RayRunner

        runner = RayRunner(args.ray_address, args.num_cpus)
    job = BatchJob(settings=_settings(args), request=request, chunk_size=args.chunk_size)
    progress = {"auto": None, "always": True, "never": False}[args.progress]
    try:
        report = run_batch(args.input, args.output, job, text_field=args.text_field,
                           id_field=args.id_field, runner=runner, progress=progress,
                           config=args.config, force=args.force)
    except Exception as exc:  # Ctrl-C turned into a library's error (see _caused_by_interrupt)
        if not _caused_by_interrupt(exc):
            raise
        return _batch_interrupted(args.output)
    except KeyboardInterrupt:
        return _batch_interrupted(args.output)
    print(f"{PROG}: {report.summary()}", file=sys.stderr)
    return 0


def _batch_interrupted(output: str) -> int:
    where = ("" if output == "-" else f"; finished records are in {output}: rerun the same "
             "command to resume")
    print(f"{PROG}: interrupted{where}", file=sys.stderr)
    return 130


# --- helpers ------------------------------------------------------------------------------------


def _command(commands: Any, name: str, help_text: str,
             handler: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=help_text, description=help_text[0].upper()
                                 + help_text[1:] + ".")
    parser.set_defaults(handler=handler)
    return parser


def _add_input(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", nargs="?", metavar="INPUT",
                        help="a text, Markdown or HTML file, an http(s) URL, or - for standard "
                        "input (the default); HTML and URLs need summarizer[web]")
    parser.add_argument("--text", metavar="TEXT", help="the text itself, instead of INPUT")


def _add_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the result to FILE instead of standard output")


#: The options of a run (summarize, batch), declared once; see request.OPTIONS.
RUN_OPTIONS = ("target", "source", "config", "short", "long", "route", "method", "engine",
               "kk_script", "strict")
#: The options of `translate`: a run's, less the summary ones.
TRANSLATE_OPTIONS = ("target", "source", "config", "engine", "kk_script", "strict")


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
        if name == "kk_script":
            extra["default"] = "cyrl"
        if name == "strict":  # a switch: no value
            parser.add_argument(option.flag, dest=name, action="store_true", help=option.help)
            continue
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

    _check_lengths(getattr(args, "short", None), getattr(args, "long", None))
    return Request(target=args.to, source=args.source, short=getattr(args, "short", None),
                   long=getattr(args, "long", None), route=getattr(args, "route", "auto"),
                   method=getattr(args, "method", None), engine=args.engine,
                   kk_script=getattr(args, "kk_script", "cyrl"),
                   strict=getattr(args, "strict", False))


def _check_lengths(short: Length | None, long: Length | None) -> None:
    """A long summary asked to be shorter than the short one is a mistake in the command line
    (`--short 5 --long 1`): say so instead of quietly making the long one longer."""
    if short is None or long is None:
        return
    for unit, name in (("sentences", "sentences"), ("words", "words"), ("ratio", "ratio")):
        low, high = getattr(short, unit), getattr(long, unit)
        if low is not None and high is not None and high < low:
            raise UsageError(f"--long asks for fewer {name} than --short; the long summary "
                             "must be at least as long as the short one")


def _reliable(detection: Detection, request: Request) -> None:
    """Refuse to go on from a detection the detector itself is unsure of ("Hello"): a summary
    or translation from the wrong language is worse than a question (exit 4)."""
    if request.source is None and not detection.reliable:
        raise LanguageError(
            f"not sure of the language (best guess {detection.language.english_name} at "
            f"{detection.confidence:.0%}); give more text or name the language with --from")


def _settings(args: argparse.Namespace) -> Settings:
    from .config import load_settings

    return load_settings(args.config)


def _document(args: argparse.Namespace, settings: Settings) -> Document:
    """The command's input as a clean `Document`: `--text`, or INPUT (a path, a URL or "-"),
    read within `settings.limits`. INPUT stays a string: a URL must keep its "//"."""
    from .inputs import load_document, text_document

    limits = settings.limits
    if args.text is not None:
        if args.input is not None:
            raise UsageError(f"give either INPUT ({args.input}) or --text, not both")
        return text_document(args.text, max_bytes=limits.max_input_bytes)
    source = "-" if args.input is None else args.input
    timeout: float | None = limits.read_timeout
    if source == "-" and _is_terminal(sys.stdin):
        timeout = None  # someone is typing: wait for Ctrl-D as long as it takes
    return load_document(source, max_bytes=limits.max_input_bytes, timeout=timeout)


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _output(args: argparse.Namespace) -> Path | None:
    """`-o FILE`, checked before any work: its folder must exist and it must not be a folder."""
    from .inputs import printable

    if args.output is None or args.output == "-":
        return None
    path = Path(args.output).expanduser()
    label = printable(str(path))
    if path.is_dir():
        raise InputError(f"--output {label} is a directory; give a file name")
    if not path.parent.is_dir():
        raise InputError(f"--output {label}: folder {printable(str(path.parent))} does not exist")
    return path


def _warn(lines: Sequence[str]) -> None:
    for line in lines:
        print(f"{PROG}: warning: {line}", file=sys.stderr)


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
    from .config import Length

    try:
        return Length.parse(spec)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _emit(fmt: str, payload: dict[str, Any], as_text: Callable[[], str],
          output: Path | None = None) -> None:
    """Print the result as JSON or text, to standard output or to `output`."""
    text = json.dumps(payload, ensure_ascii=False, indent=2) if fmt == "json" else as_text()
    if output is None:
        print(text)
        return
    try:
        output.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"--output {output}: cannot write ({exc.strerror or exc})") from None
