using Kansrijk.Monitor;

namespace Kansrijk.Coalitions.Report;

/// <summary>A piece of the report: the page and the Word file draw the same list, so they cannot drift apart.</summary>
public abstract record ReportBlock
{
    public sealed record Heading(int Level, string Title, string Id) : ReportBlock;
    public sealed record Text(string Value) : ReportBlock;
    public sealed record Note(string Value) : ReportBlock;
    public sealed record List(IReadOnlyList<string> Items) : ReportBlock;
    public sealed record Table(string Caption, string Id, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;
}

/// <summary>The sections of the yearly progress report, in the order coordinators write them today.</summary>
public static class ProgressReportSections
{
    public const string NotWritten = "Nog niet geschreven.";

    /// <summary>After a synthetic figure (a non-breaking space and an asterisk); the note under the table explains it.</summary>
    public const string SyntheticMark = "\u00a0*";

    public static IEnumerable<ReportBlock> Of(ProgressReport r)
    {
        var c = r.Coalition;
        yield return new ReportBlock.Heading(1, r.Title, "titel");
        yield return new ReportBlock.Note($"{(c.Kind == CoalitionKind.Regional ? "Regionale" : "Lokale")} coalitie van {r.Municipalities}; status {CoalitionNames.Dutch(c.Status)}"
            + (c.StatusSince is null ? "" : $" sinds {c.StatusSince}") + $"; plan van aanpak {CoalitionNames.Dutch(c.Plan)}.");

        yield return new ReportBlock.Heading(2, "1. Inleiding", "inleiding");
        yield return new ReportBlock.Text(r.Texts.Introduction ?? NotWritten);

        yield return new ReportBlock.Heading(2, "2. Cijfers uit de monitor", "cijfers");
        if (r.Figures.Count == 0)
        {
            yield return new ReportBlock.Text($"De monitor heeft voor {r.Year} en eerder nog geen cijfers voor deze gemeente(n).");
        }
        else
        {
            var caption = $"Cijfers van {(c.Municipalities.Count == 1 ? r.Municipalities : "de gemeenten")} naast Nederland (nieuwste jaar tot en met {r.Year})";
            // one municipality: no column that repeats its name on every row
            // a synthetic figure is marked in its own row, so it cannot be copied without its mark
            static string Marked(bool synthetic, string value) => synthetic ? value + SyntheticMark : value;
            yield return c.Municipalities.Count == 1
                ? new ReportBlock.Table(caption, "cijfers-tabel", ["Indicator", "Jaar", r.Municipalities, "Nederland", "Oordeel"],
                    [.. r.Figures.Select(f => (IReadOnlyList<string>)[$"{f.IndicatorCode} {f.Indicator}", f.Period, Marked(f.OwnSynthetic, f.Own), Marked(f.NationalSynthetic, f.National), f.Judgement ?? ""])])
                : new ReportBlock.Table(caption, "cijfers-tabel", ["Gemeente", "Indicator", "Jaar", "Gemeente", "Nederland", "Oordeel"],
                    [.. r.Figures.Select(f => (IReadOnlyList<string>)[f.Municipality, $"{f.IndicatorCode} {f.Indicator}", f.Period, Marked(f.OwnSynthetic, f.Own), Marked(f.NationalSynthetic, f.National), f.Judgement ?? ""])]);
            if (r.Figures.Any(f => f.Synthetic))
            {
                yield return new ReportBlock.Note($"Een cijfer met{SyntheticMark} is {MonitorNames.SyntheticLabel}.");
            }
        }

        yield return new ReportBlock.Heading(2, "3. Partners", "partners");
        yield return r.Partners.Count == 0
            ? new ReportBlock.Text($"Er staan voor {r.Year} geen partners in het register.")
            : new ReportBlock.Table($"Partners in {r.Year} ({r.Partners.Count})", "partners-tabel", ["Organisatie", "Soort", "Domein", "Sinds"],
                [.. r.Partners.Select(p => (IReadOnlyList<string>)[p.Name, CoalitionNames.Dutch(p.Type), CoalitionNames.Dutch(p.Domain), p.JoinedYear?.ToString(MonitorFormat.Dutch) ?? "onbekend"])]);

        yield return new ReportBlock.Heading(2, "4. Actielijnen", "actielijnen");
        if (r.Detail.Lines.Count == 0)
        {
            yield return new ReportBlock.Text("De coalitie heeft nog geen eigen actielijnen vastgelegd.");
        }
        foreach (var line in r.Detail.Lines)
        {
            yield return new ReportBlock.Text($"{line.Number}. {line.Title}" + (r.NationalLineTitle(line) is { } n ? $" (landelijke actielijn: {n})" : ""));
            if (line.Goals.Count > 0)
            {
                yield return new ReportBlock.List([.. line.Goals.OrderBy(g => g.Number).Select(g => g.Text)]);
            }
        }

        yield return new ReportBlock.Heading(2, $"5. Activiteiten in {r.Year}", "activiteiten");
        yield return r.Activities.Count == 0
            ? new ReportBlock.Text($"Er staan voor {r.Year} geen activiteiten in het register.")
            : new ReportBlock.Table($"Activiteiten in {r.Year}", "activiteiten-tabel", ["Activiteit", "Actielijn", "Interventie", "Status", "Bereik", "Evaluatie"],
                [.. r.Activities.Select(a => (IReadOnlyList<string>)[a.Title, r.LineTitle(a.ActionLineId), r.InterventionName(a.InterventionId) ?? "", CoalitionNames.Dutch(a.Status), ProgressReport.Reach(a), a.Evaluation ?? ""])]);

        yield return new ReportBlock.Heading(2, $"6. Begroting {r.Year}", "begroting");
        yield return r.Budget.Count == 0
            ? new ReportBlock.Text($"Er staat voor {r.Year} geen begroting in het register.")
            : new ReportBlock.Table($"Begroting {r.Year} per bron", "begroting-tabel", ["Bron", "Bedrag", "Toelichting"],
                [.. r.Budget.Select(b => (IReadOnlyList<string>)[CoalitionNames.Dutch(b.Source), CoalitionNames.Euro(b.Amount), b.Explanation]), ["Totaal", CoalitionNames.Euro(r.BudgetTotal), ""]]);

        yield return new ReportBlock.Heading(2, $"7. Plannen voor {r.Year + 1}", "plannen");
        yield return new ReportBlock.Text(r.Texts.NextYear ?? NotWritten);
        if (r.NextYearActivities.Count > 0)
        {
            yield return new ReportBlock.List([.. r.NextYearActivities.Select(a => $"{a.Title} ({CoalitionNames.Dutch(a.Status)})")]);
        }

        yield return new ReportBlock.Heading(2, "8. Conclusie", "conclusie");
        yield return new ReportBlock.Text(r.Texts.Conclusion ?? NotWritten);
        yield return new ReportBlock.Note($"Gemaakt met Kansrijk uit het coalitieregister en de monitor. Cijfers: bron per indicator, zie /monitor.");
    }
}
