"""The progress bar counts documents: a feed of 255 objects moves it 255 steps, not one at its end."""
import io
import json

from extractor.batch.inputs import Document, documents
from extractor.batch.outcome import EXTRACTED, FAILED, Outcome
from extractor.batch.progress import Progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


def outcome_of(item):
    if isinstance(item, Outcome):
        return item
    return Outcome(item.path, item.position, item.source, EXTRACTED)


def test_progress_counts_the_documents_of_a_feed(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": f"tekst {n}"}) + "\n" for n in range(255)) + "not json\n",
                    encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("tekst", encoding="utf-8")
    progress = Progress(2, stream=Terminal())
    assert progress.bar.total == 2 and progress.bar.unit == "doc"
    items = progress.reading(item for path in (str(article), str(feed)) for item in documents(path))
    for done, item in enumerate(items, 1):
        progress.add(outcome_of(item))
        assert progress.bar.n == done                   # a step per document, as each is done
        if done > 1:
            assert progress.bar.total == 257            # the feed's 256 lines are known when it is read
    assert progress.counts[EXTRACTED] == 256 and progress.counts[FAILED] == 1 and progress.files == 2
    progress.close()


def test_progress_total_grows_for_documents_it_was_not_told_of():
    progress = Progress(1, stream=Terminal())
    for position in (1, 2, 3):          # e.g. replayed from a journal: no Document announced them
        progress.add(Outcome("feed.jsonl", position, f"s{position}", EXTRACTED))
    assert (progress.bar.n, progress.bar.total) == (3, 3)
    list(progress.reading([Document("b.json", 1, "b", "text", "x", None, "utf-8", in_file=4)]))
    assert progress.bar.total == 6
