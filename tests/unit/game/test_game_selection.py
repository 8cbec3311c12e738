import itertools

from quiz.game.sample import sample_questions, synthetic_bank
from quiz.game.selection import RoundSpec, matches, mix, select_round

QUESTIONS = sample_questions()


def test_same_seed_gives_same_round_and_other_seed_differs() -> None:
    pool = synthetic_bank(60).questions
    first = [q.id for q in select_round(pool, RoundSpec(size=10, seed=3))]
    again = [q.id for q in select_round(pool, RoundSpec(size=10, seed=3))]
    other = [q.id for q in select_round(pool, RoundSpec(size=10, seed=4))]
    assert first == again and len(first) == 10
    assert first != other


def test_filters_by_tag_difficulty_and_type() -> None:
    spec = RoundSpec(size=20, tags=frozenset({"SPORT"}), types=frozenset({"numeric"}))
    assert [q.id for q in select_round(QUESTIONS, spec)] == ["fb-num"]
    easy = select_round(QUESTIONS, RoundSpec(size=20, difficulties=frozenset({"easy"})))
    assert {q.id for q in easy} == {"fb-mc", "sp-tf", "sp-fill"}
    assert not matches(QUESTIONS[0], RoundSpec(tags=frozenset({"politics"})))


def test_seen_questions_come_last() -> None:
    seen = {"fb-mc", "sp-tf", "fb-fill"}
    chosen = select_round(QUESTIONS, RoundSpec(size=8, seed=1), seen=seen)
    assert {q.id for q in chosen[-3:]} == seen
    assert not seen & {q.id for q in chosen[:5]}


def test_seen_questions_are_left_out_when_enough_fresh_ones() -> None:
    seen = {"fb-mc", "sp-tf"}
    chosen = select_round(QUESTIONS, RoundSpec(size=5, seed=9), seen=seen)
    assert not seen & {q.id for q in chosen}


def test_round_mixes_articles_and_types() -> None:
    ordered = mix(sorted(QUESTIONS, key=lambda q: q.sources[0].article_id))
    pairs = itertools.pairwise(ordered)
    assert all(a.sources[0].article_id != b.sources[0].article_id for a, b in pairs)
    assert all(a.type != b.type for a, b in itertools.pairwise(ordered))


def test_size_larger_than_pool_returns_everything() -> None:
    assert len(select_round(QUESTIONS, RoundSpec(size=50, seed=0))) == len(QUESTIONS)
