using Kansrijk.Pathways.HomeVisits;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Pathways;

/// <summary>The week-28 rule on fixed days: 40 weeks on the due date, a warning from 28 + 0, overdue from 30 + 0.</summary>
[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class HomeVisitDeadlineTests
{
    private static readonly DateOnly Due = new(2026, 9, 15);

    [Fact]
    public void Week_28_and_30_begin_12_and_10_weeks_before_the_due_date()
    {
        Assert.Equal(new DateOnly(2026, 6, 23), HomeVisitDeadline.WarnOn(Due));
        Assert.Equal(new DateOnly(2026, 7, 7), HomeVisitDeadline.TargetBefore(Due));
        Assert.Equal((28, 0), Kansrijk.Pathways.Dates.PregnancyWeek(Due, HomeVisitDeadline.WarnOn(Due)));
    }

    [Fact]
    public void No_warning_in_week_27_a_warning_from_week_28_and_overdue_from_week_30()
    {
        Assert.Null(HomeVisitDeadline.Warning(Due, open: true, plannedOrDone: false, new DateOnly(2026, 6, 22)));

        var first = HomeVisitDeadline.Warning(Due, open: true, plannedOrDone: false, new DateOnly(2026, 6, 23));
        Assert.NotNull(first);
        Assert.False(first.Value.Overdue);
        Assert.Contains("28 + 0", first.Value.Text);
        Assert.Contains("vóór week 30", first.Value.Text);

        var last = HomeVisitDeadline.Warning(Due, open: true, plannedOrDone: false, new DateOnly(2026, 7, 6));
        Assert.False(last!.Value.Overdue);
        Assert.Contains("29 + 6", last.Value.Text);

        var overdue = HomeVisitDeadline.Warning(Due, open: true, plannedOrDone: false, new DateOnly(2026, 7, 7));
        Assert.True(overdue!.Value.Overdue);
        Assert.Contains("week 30 is voorbij", overdue.Value.Text);
    }

    [Fact]
    public void A_planned_or_closed_visit_or_a_birth_that_is_due_gives_no_warning()
    {
        var late = new DateOnly(2026, 7, 20);
        Assert.Null(HomeVisitDeadline.Warning(Due, open: true, plannedOrDone: true, late));
        Assert.Null(HomeVisitDeadline.Warning(Due, open: false, plannedOrDone: false, late));
        Assert.Null(HomeVisitDeadline.Warning(Due, open: true, plannedOrDone: false, Due.AddDays(1)));
    }
}
