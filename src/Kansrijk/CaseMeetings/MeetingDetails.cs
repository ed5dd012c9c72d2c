using System.Globalization;
using Kansrijk.Platform.Layout;

namespace Kansrijk.CaseMeetings;

/// <summary>The fields a meeting's form sends for planning and for changing it.</summary>
public abstract class MeetingFields
{
    public string? Name { get; set; }
    public MeetingKind Kind { get; set; } = MeetingKind.Mdo;
    public string? Date { get; set; }
    public string? Time { get; set; }
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
}

/// <summary>Name, date, time and place or video link of a meeting as a form sends them: checked once, for planning and for changing.</summary>
public static class MeetingDetails
{
    public sealed record Checked(string Name, DateTime StartsAtUtc, string? Place, string? VideoLink);

    public static Checked? Check(MeetingFields input, FormErrors errors)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add("Name", "Vul de naam van het overleg in, bijvoorbeeld MDO geboortezorg.");
        else if (name.Length > 200) errors.Add("Name", "De naam is hoogstens 200 tekens.");
        var date = Pathways.Dates.Parse(input.Date, "Date", "de datum van het overleg", errors);
        if (!TimeOnly.TryParseExact(input.Time?.Trim(), ["H:mm", "HH:mm", "H.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            errors.Add("Time", "Vul de begintijd in als uren en minuten, bijvoorbeeld 14:30.");
        }
        var place = string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim();
        var video = string.IsNullOrWhiteSpace(input.VideoLink) ? null : input.VideoLink.Trim();
        if (place is null && video is null) errors.Add("Place", "Vul een plaats of een videolink in.");
        if (place is { Length: > 300 }) errors.Add("Place", "De plaats is hoogstens 300 tekens.");
        if (video is not null && (!Uri.TryCreate(video, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || video.Length > 500))
        {
            errors.Add("VideoLink", "Een videolink begint met https://, bijvoorbeeld https://video.voorbeeld.nl/mdo.");
        }
        if (errors.Any || date is null) return null;
        return new Checked(name!, TimeZoneInfo.ConvertTimeToUtc(date.Value.ToDateTime(time), CaseMeetingService.Amsterdam), place, video);
    }

    /// <summary>"dinsdag 3 december 2026 om 14:30 uur", in Dutch time.</summary>
    public static string When(DateTime startsAtUtc) =>
        TimeZoneInfo.ConvertTimeFromUtc(startsAtUtc, CaseMeetingService.Amsterdam).ToString("dddd d MMMM yyyy 'om' HH:mm 'uur'", Dutch);

    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
}
