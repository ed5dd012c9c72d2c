namespace Kansrijk.Pathways;

public static class ReferralStatuses
{
    /// <summary>Why help did not start: a short list, so the counts mean something.</summary>
    public static readonly IReadOnlyList<string> NotStartedReasons =
    [
        "Niet bereikt",
        "Wil geen hulp (meer)",
        "Hulp past niet bij de vraag",
        "Wachtlijst",
        "Verhuisd",
        "Al hulp elders",
        "Anders",
    ];

    public static string Dutch(ReferralStatus status) => status switch
    {
        ReferralStatus.Registered => "aangemeld",
        ReferralStatus.ContactMade => "contact gelegd",
        ReferralStatus.Started => "gestart",
        ReferralStatus.Completed => "afgerond",
        ReferralStatus.NotStarted => "niet gestart",
        _ => status.ToString(),
    };

    public static bool IsOpen(ReferralStatus status) => status is ReferralStatus.Registered or ReferralStatus.ContactMade or ReferralStatus.Started;

    /// <summary>Forward only; "niet gestart" from any status before "gestart".</summary>
    public static bool CanMove(ReferralStatus from, ReferralStatus to) => (from, to) switch
    {
        (ReferralStatus.Registered, ReferralStatus.ContactMade) => true,
        (ReferralStatus.ContactMade, ReferralStatus.Started) => true,
        (ReferralStatus.Started, ReferralStatus.Completed) => true,
        (ReferralStatus.Registered or ReferralStatus.ContactMade, ReferralStatus.NotStarted) => true,
        _ => false,
    };

    public static IEnumerable<ReferralStatus> Next(ReferralStatus from) => Enum.GetValues<ReferralStatus>().Where(to => CanMove(from, to));
}

public static class Dates
{
    /// <summary>A date as the NL Design System date field sends it (jjjj-mm-dd) or as people type it (dd-mm-jjjj).</summary>
    public static DateOnly? Parse(string? text, string field, string what, Platform.Layout.FormErrors errors)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(field, $"Vul {what} in.");
            return null;
        }
        string[] formats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"];
        if (DateOnly.TryParseExact(value, formats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)) return date;
        errors.Add(field, $"Vul {what} in als dag-maand-jaar, bijvoorbeeld 14-03-1995.");
        return null;
    }

    /// <summary>Weeks and days of pregnancy on a day: 40 weeks at the due date.</summary>
    public static (int Weeks, int Days) PregnancyWeek(DateOnly dueDate, DateOnly on)
    {
        var days = 280 - (dueDate.DayNumber - on.DayNumber);
        return days < 0 ? (0, 0) : (days / 7, days % 7);
    }
}
