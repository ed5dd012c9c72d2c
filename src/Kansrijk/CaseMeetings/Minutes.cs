using System.Globalization;

namespace Kansrijk.CaseMeetings;

/// <summary>
/// The minutes of a meeting, built once for the print page and the Word file so both say the same. A case by name
/// carries her name only while her consent stands; an anonymous case has its number, week and themes, nothing more.
/// </summary>
public sealed record Minutes(string Title, IReadOnlyList<string> Facts, IReadOnlyList<Minutes.CaseSection> Cases)
{
    public static readonly IReadOnlyList<string> ActionColumns = ["Actie", "Wie", "Uiterlijk", "Stand"];

    public sealed record CaseSection(string Title, IReadOnlyList<(string Label, string Text)> Parts, IReadOnlyList<IReadOnlyList<string>> Actions);

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static Minutes Of(CaseMeetingReader.MeetingView view)
    {
        var m = view.Meeting;
        var facts = new List<string>
        {
            $"Soort: {MeetingKinds.Dutch(m.Kind)}",
            $"Datum en tijd: {view.LocalStart.ToString("dddd d MMMM yyyy, HH:mm", Dutch)} uur",
        };
        if (m.Place is not null) facts.Add($"Plaats: {m.Place}");
        if (m.VideoLink is not null) facts.Add($"Videolink: {m.VideoLink}");
        facts.Add($"Organisatie: {view.Organiser}");
        facts.Add("Deelnemers: " + string.Join("; ", view.Participants.Select(p => $"{p.Name} ({p.Organisation})")));
        if (m.IsFictional) facts.Add("Dit is een voorbeeld: alle personen en casussen zijn verzonnen.");
        facts.Add("Vertrouwelijk: alleen voor de deelnemers van dit overleg.");

        var cases = view.Cases.Select(c =>
        {
            var parts = new List<(string, string)>();
            if (c.ConsentWithdrawn) parts.Add(("Let op", "Zij heeft haar toestemming voor bespreking op naam ingetrokken. Haar naam staat daarom niet meer in dit verslag."));
            if (c.Week is { } week) parts.Add(("Zwangerschapsweek", week.ToString(CultureInfo.InvariantCulture)));
            if (c.Themes is { } themes) parts.Add(("Thema's", themes));
            parts.Add(("Vraag", c.Question));
            parts.Add(("Bespreking", c.Discussion ?? "Nog niet ingevuld."));
            parts.Add(("Besluiten", c.Decisions ?? "Nog niet ingevuld."));
            var actions = c.Actions.Select(a => (IReadOnlyList<string>)[a.What + (a.Offer is { } offer ? $" (verwijzen naar {offer})" : ""), a.Owner,
                a.Due.ToString("d-M-yyyy", CultureInfo.InvariantCulture), a.DoneAt is null ? "open" : a.ReferralId is null ? "gedaan" : "verwezen"]).ToList();
            return new CaseSection(c.Title + (c.Fictional ? " (fictief)" : ""), parts, actions);
        }).ToList();
        return new Minutes($"Verslag {m.Name}, {view.LocalStart.ToString("d MMMM yyyy", Dutch)}", facts, cases);
    }
}
