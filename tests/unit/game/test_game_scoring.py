import pytest

from quiz.game.scoring import score_answer, speed_points, streak_bonus


@pytest.mark.parametrize(
    ("elapsed", "expected"),
    [(0.0, 1000), (10.0, 750), (20.0, 500), (5.0, 875), (19.99, 500), (1.0, 975)],
)
def test_speed_points_follow_kahoot_rule(elapsed: float, expected: int) -> None:
    assert speed_points(elapsed, 20.0) == expected


def test_answer_after_the_limit_earns_nothing() -> None:
    assert speed_points(20.01, 20.0) == 0
    score = score_answer(correct=True, elapsed=20.5, limit=20.0, streak_before=3)
    assert (score.points, score.streak) == (0, 0)


def test_t_equals_limit_is_still_in_time() -> None:
    score = score_answer(correct=True, elapsed=20.0, limit=20.0, streak_before=0)
    assert score.points == 500 and score.streak == 1


def test_streak_bonus_starts_at_second_answer_and_caps_at_500() -> None:
    assert [streak_bonus(n) for n in range(1, 9)] == [0, 100, 200, 300, 400, 500, 500, 500]


def test_wrong_answer_resets_streak_and_scores_zero() -> None:
    score = score_answer(correct=False, elapsed=1.0, limit=20.0, streak_before=4)
    assert (score.speed_points, score.streak_bonus, score.streak) == (0, 0, 0)


def test_breakdown_adds_up() -> None:
    score = score_answer(correct=True, elapsed=0.0, limit=10.0, streak_before=2)
    assert (score.speed_points, score.streak_bonus, score.points) == (1000, 200, 1200)


def test_non_positive_limit_is_rejected() -> None:
    with pytest.raises(ValueError):
        speed_points(1.0, 0.0)
