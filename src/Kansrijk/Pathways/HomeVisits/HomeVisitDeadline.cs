namespace Kansrijk.Pathways.HomeVisits;

/// <summary>
/// When a prenatal home visit is late: the target is a visit before week 30; from week 28 a visit that is not planned yet
/// is a warning, from week 30 it is overdue. Weeks count from the due date (40 weeks on that day, <see cref="Dates.PregnancyWeek"/>).
/// </summary>
public static class HomeVisitDeadline
{
    public const int WarnFromWeek = 28;
    public const int TargetWeek = 30;

    /// <summary>The first day of a pregnancy week (week w + 0 days).</summary>
    public static DateOnly StartOfWeek(DateOnly dueDate, int week) => dueDate.AddDays((week - 40) * 7);

    /// <summary>The day week 28 begins: from then on an unplanned visit is a warning.</summary>
    public static DateOnly WarnOn(DateOnly dueDate) => StartOfWeek(dueDate, WarnFromWeek);

    /// <summary>The day week 30 begins: the visit should have happened before it.</summary>
    public static DateOnly TargetBefore(DateOnly dueDate) => StartOfWeek(dueDate, TargetWeek);

    /// <summary>
    /// The warning for one visit on a given day, or null: only while the referral is open and nobody planned or made the
    /// visit. The text names no client data, so a task list may show it anywhere.
    /// </summary>
    public static (string Text, bool Overdue)? Warning(DateOnly dueDate, bool open, bool plannedOrDone, DateOnly today)
    {
        if (!open || plannedOrDone || today < WarnOn(dueDate) || today > dueDate) return null;
        var (weeks, days) = Dates.PregnancyWeek(dueDate, today);
        var overdue = today >= TargetBefore(dueDate);
        return (overdue
            ? $"Prenataal huisbezoek nog niet gepland en week {TargetWeek} is voorbij: zij is {weeks} + {days} weken zwanger. Plan het zo snel mogelijk."
            : $"Prenataal huisbezoek nog niet gepland: zij is {weeks} + {days} weken zwanger (doel: vóór week {TargetWeek}).", overdue);
    }
}
