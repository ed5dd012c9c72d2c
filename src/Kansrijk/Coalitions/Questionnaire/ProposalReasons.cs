using System.Globalization;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions.Questionnaire;

/// <summary>
/// Why the registry proposes each answer of the yearly questionnaire: which coalition, activity or partner of which year
/// led to it, or that nothing did (and what there is in other years), so that a coordinator does not confirm "nee" for an
/// intervention that runs but has no activity this year. Keys: the field names of <see cref="QuestionnaireInput"/>, and
/// "Partner:{type}" for each kind of partner.
/// </summary>
public sealed class ProposalReasons(KansrijkDb db)
{
    /// <summary>The questionnaire field of each intervention of the menukaart it asks about (the names ProposalAsync uses).</summary>
    public static readonly IReadOnlyDictionary<string, string> InterventionOfField = new Dictionary<string, string>
    {
        ["PrenatalHomeVisit"] = "Prenataal huisbezoek JGZ",
        ["VoorZorg"] = "VoorZorg",
        ["NuNietZwanger"] = "Nu Niet Zwanger",
        ["StevigOuderschap"] = "Stevig Ouderschap",
        ["CenteringZwangerschap"] = "CenteringZwangerschap",
    };

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public async Task<IReadOnlyDictionary<string, string>> ForAsync(IReadOnlyList<Coalition> coalitions, int year, CancellationToken ct)
    {
        var why = new Dictionary<string, string>();
        var ids = coalitions.Select(c => c.Id).ToList();
        var names = coalitions.ToDictionary(c => c.Id, c => c.Name);
        if (coalitions.Count == 0)
        {
            why["Coalition"] = "Nee: deze gemeente hoort bij geen coalitie in het register.";
        }
        else
        {
            why["Coalition"] = string.Join(" ", coalitions.Select(c => c.Status == CoalitionStatus.Formed && (c.StatusSince is null || c.StatusSince <= year)
                ? $"Coalitie {c.Name} is gevormd{(c.StatusSince is { } since ? $" (sinds {since})" : "")}."
                : c.Status == CoalitionStatus.Formed ? $"Coalitie {c.Name} is pas gevormd in {c.StatusSince}, na {year}: in {year} in voorbereiding."
                : $"Coalitie {c.Name}: {CoalitionNames.Dutch(c.Status).ToLowerInvariant()}."));
        }
        var plans = coalitions.Where(c => c.Plan == PlanStatus.Adopted).ToList();
        why["JointPlan"] = plans.Count == 0 ? "Nee: in het register heeft geen coalitie van deze gemeente een vastgesteld plan van aanpak."
            : string.Join(" ", plans.Select(c => c.PlanAdoptedOn is { } on
                ? on.Year <= year ? $"Ja: plan van {c.Name} vastgesteld op {on.ToString("d MMMM yyyy", Dutch)}." : $"Het plan van {c.Name} is pas vastgesteld op {on.ToString("d MMMM yyyy", Dutch)}, na {year}."
                : $"Ja: plan van {c.Name} is vastgesteld (datum niet bekend)."));

        var activities = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.CoalitionId) && a.InterventionId != null)
            .Join(db.Interventions, a => a.InterventionId, i => i.Id, (a, i) => new { a.CoalitionId, a.Title, a.Year, a.Status, Intervention = i.Name })
            .ToListAsync(ct);
        foreach (var (field, intervention) in InterventionOfField)
        {
            var ofIntervention = activities.Where(a => a.Intervention == intervention).ToList();
            var counted = ofIntervention.Where(a => a.Year == year && a.Status is ActivityStatus.Running or ActivityStatus.Completed).ToList();
            if (counted.Count > 0)
            {
                why[field] = "Ja: " + string.Join("; ", counted.Select(a => $"activiteit “{a.Title}” van {names[a.CoalitionId]} in {a.Year} ({CoalitionNames.Dutch(a.Status).ToLowerInvariant()})")) + ".";
                continue;
            }
            var reason = $"Nee: geen lopende of afgeronde activiteit met {intervention} in {year}.";
            var sameYear = ofIntervention.Where(a => a.Year == year).ToList();
            if (sameYear.Count > 0)
            {
                reason += " Wel in " + year + ": " + string.Join("; ", sameYear.Select(a => $"“{a.Title}” ({CoalitionNames.Dutch(a.Status).ToLowerInvariant()})")) + ".";
            }
            var otherYears = ofIntervention.Where(a => a.Year != year).OrderByDescending(a => a.Year).Take(3).ToList();
            if (otherYears.Count > 0)
            {
                reason += " In andere jaren: " + string.Join("; ", otherYears.Select(a => $"“{a.Title}” in {a.Year} ({CoalitionNames.Dutch(a.Status).ToLowerInvariant()})"))
                    + ". Loopt het nog? Voeg dan een activiteit voor " + year + " toe of vink het hier aan.";
            }
            why[field] = reason;
        }

        foreach (var type in Enum.GetValues<PartnerType>())
        {
            var partners = coalitions.SelectMany(c => c.Partners.Select(p => (Coalition: c.Name, Partner: p))).Where(x => x.Partner.Type == type).ToList();
            var taking = partners.Where(x => x.Partner.TakesPartIn(year)).ToList();
            why[$"Partner:{type}"] = taking.Count > 0
                ? "Ja: " + string.Join("; ", taking.Select(x => $"{x.Partner.Name} ({x.Coalition}{Period(x.Partner)})")) + "."
                : partners.Count > 0
                    ? "Nee: " + string.Join("; ", partners.Select(x => $"{x.Partner.Name} doet niet mee in {year}{Period(x.Partner)}")) + "."
                    : "Nee: geen partner van deze soort in het register.";
        }
        return why;
    }

    private static string Period(Partner partner) => (partner.JoinedYear, partner.LeftYear) switch
    {
        (null, null) => "",
        ({ } from, null) => $", sinds {from}",
        (null, { } to) => $", tot {to}",
        ({ } from, { } to) => $", {from} tot {to}",
    };
}
