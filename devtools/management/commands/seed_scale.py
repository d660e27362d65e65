"""Generate synthetic profiles, posts, events and roles in bulk, for the benchmark (`make bench`).

Idempotent per size: seeded pages have numbered slugs (seed-post-00042), so running it again with
the same counts creates nothing and larger counts create only the missing pages. The kinds and
their seeders are what the feature apps declare in `<app>/seeders.py` (devtools/registry.py);
the engine is devtools/seeders.py.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from devtools import seeders


class Command(BaseCommand):
    help = (
        "Seed synthetic content of every kind in bulk (idempotent per size). "
        "With no options, the default scale."
    )

    def add_arguments(self, parser):
        scales = seeders.scales()
        parser.add_argument(
            "--scale",
            choices=seeders.SCALE_NAMES,
            help="a preset size: "
            + "; ".join(
                f"{name} = {', '.join(f'{n:,} {kind}' for kind, n in sizes.items())}"
                for name, sizes in scales.items()
            ),
        )
        for kind in seeders.get_generators():
            parser.add_argument(
                f"--{kind}",
                type=int,
                metavar="N",
                help=f"how many {kind} to have (overrides --scale; without --scale, kinds "
                "not given are left alone)",
            )

    def handle(self, *args, **options):
        counts = self.counts(options)
        generators = seeders.get_generators()
        # The raw stream: Django's wrapper would end each redraw of the bar with a newline.
        stream = getattr(self.stderr, "_out", self.stderr)
        started = time.monotonic()
        results = []
        for kind, count in counts.items():
            generator = generators.get(kind)
            if generator is None:
                raise CommandError(f"No generator registered for {kind}.")
            try:
                results.append(generator(count, progress_stream=stream))
            except seeders.SeedingError as error:
                raise CommandError(str(error)) from error
        elapsed = time.monotonic() - started
        for result in results:
            rate = f", {result.rate:,.0f}/s" if result.created else ""
            self.stdout.write(
                f"{result.kind}: {result.requested:,} requested, {result.existing:,} already "
                f"there, {result.created:,} created in {result.seconds:.1f} s{rate}"
            )
        created = sum(result.created for result in results)
        message = f"Seeding done in {elapsed:.1f} s: {created:,} pages created."
        self.stdout.write(self.style.SUCCESS(message) if created else message)
        self.check_tree()

    def check_tree(self):
        """Warn when the page tree is inconsistent, whoever left it so: the figures measured on
        it would not be worth much."""
        problems = [pk for found in seeders.tree_problems() for pk in found]
        if problems:
            self.stderr.write(
                f"The page tree has problems (pages {sorted(problems)[:10]}): run "
                "`manage.py fixtree`.",
                style_func=self.style.WARNING,
            )

    def counts(self, options):
        kinds = seeders.get_generators()
        explicit = {kind: options[kind] for kind in kinds if options.get(kind) is not None}
        if any(n < 0 for n in explicit.values()):
            raise CommandError("Counts cannot be negative.")
        scale = options["scale"] or (None if explicit else "default")
        counts = seeders.sizes_for(scale, kinds) if scale else {}
        counts.update(explicit)
        return {kind: n for kind, n in counts.items() if n > 0}
