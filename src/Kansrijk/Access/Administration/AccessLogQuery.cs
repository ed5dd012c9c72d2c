using System.Globalization;
using Kansrijk.Access.AccessLog;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Access.Administration;

/// <summary>Filters of the access log page; dates are Dutch calendar days.</summary>
public sealed class AccessLogFilter
{
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public string? Van { get; set; }
    public string? Tot { get; set; }
    public string? Gebruiker { get; set; }
    public string? Actie { get; set; }
    public string? Object { get; set; }
    public string? Uitkomst { get; set; }
    public int Pagina { get; set; } = 1;

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Amsterdam);

    public static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, Amsterdam).ToString("d-M-yyyy HH:mm:ss", CultureInfo.GetCultureInfo("nl-NL"));

    public IQueryable<AccessLogEntry> Apply(KansrijkDb db)
    {
        var query = db.AccessLog.AsNoTracking();
        if (ParseDate(Van) is { } from)
        {
            var start = StartOfDayUtc(from);
            query = query.Where(e => e.OccurredAt >= start);
        }
        if (ParseDate(Tot) is { } to)
        {
            var end = StartOfDayUtc(to.AddDays(1));
            query = query.Where(e => e.OccurredAt < end);
        }
        if (!string.IsNullOrWhiteSpace(Gebruiker))
        {
            var who = Gebruiker.Trim().ToLower();
            query = query.Where(e => (e.UserName != null && e.UserName.ToLower().Contains(who)) || e.UserId == Gebruiker.Trim());
        }
        if (Enum.TryParse<AccessAction>(Actie, out var action))
        {
            query = query.Where(e => e.Action == action);
        }
        if (!string.IsNullOrWhiteSpace(Object))
        {
            query = query.Where(e => e.ObjectType == Object.Trim());
        }
        if (Enum.TryParse<AccessOutcome>(Uitkomst, out var outcome))
        {
            query = query.Where(e => e.Outcome == outcome);
        }
        return query;
    }

    public static string Dutch(AccessAction action) => action switch
    {
        AccessAction.Create => "Aanmaken",
        AccessAction.Read => "Bekijken",
        AccessAction.Update => "Wijzigen",
        AccessAction.Delete => "Verwijderen",
        AccessAction.Export => "Exporteren",
        AccessAction.Search => "Zoeken",
        AccessAction.Login => "Inloggen",
        AccessAction.Logout => "Uitloggen",
        _ => action.ToString(),
    };

    public static string Dutch(AccessOutcome outcome) => outcome switch
    {
        AccessOutcome.Success => "Gelukt",
        AccessOutcome.Failure => "Mislukt",
        AccessOutcome.Denied => "Geweigerd",
        _ => outcome.ToString(),
    };
}
