using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>
/// Asks before a destructive action on a care path: taking a live path offline, throwing a concept away, removing a step
/// or a rule. Says what will happen; the warning button posts to the handler of the edit page, which does the work.
/// </summary>
[Authorize]
public sealed class PathConfirmModel(KansrijkDb db, Authorizer authorizer) : PageModel
{
    public sealed record Confirmation(string Title, IReadOnlyList<string> WhatHappens, string Button, string Handler, string? FieldName, int? FieldValue);

    public CarePath Path { get; private set; } = null!;
    public string PlaceName { get; private set; } = "";
    public Confirmation What { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string actie, [FromQuery] int? stap, [FromQuery] int? afspraak, CancellationToken ct)
    {
        var path = await db.CarePaths.AsNoTracking().Include(p => p.Theme).Include(p => p.Steps).Include(p => p.Rules).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (path is null) return NotFound();
        if (!await authorizer.AllowsAsync(Permissions.CarePathEdit, await new CarePathResources(db).AreaAsync(path.AreaCode, ct), ct)) return Forbid();
        Path = path;
        PlaceName = await db.Areas.AsNoTracking().Where(a => a.Code == path.AreaCode).Select(a => a.Name).FirstAsync(ct);
        var name = $"{path.Theme!.Name} in {PlaceName}";
        Confirmation? what = actie switch
        {
            "terugzetten" when path.Status == ContentStatus.Published && path.RevisionOfId is null => new(
                $"Zorgpad {name} offline halen?",
                ["Professionals zien dit zorgpad niet meer: niet de stappen, niet de afspraken over wie helpt.",
                    "Het pad wordt weer een concept. Niets wordt verwijderd; u kunt het later opnieuw publiceren.",
                    "De wijziging komt in de geschiedenis, met uw naam."],
                "Ja, haal het zorgpad offline", "Unpublish", null, null),
            "weggooien" when path.RevisionOfId is not null => new(
                $"Concept van {name} weggooien?",
                ["Alle wijzigingen in dit concept gaan verloren. Dat kunt u niet terugdraaien.",
                    "Het gepubliceerde zorgpad blijft zoals het is; professionals merken niets.",
                    "In de geschiedenis staat dat het concept is weggegooid."],
                "Ja, gooi het concept weg", "Discard", null, null),
            "stap-verwijderen" when path.Steps.FirstOrDefault(s => s.Id == stap) is { } step => new(
                $"Stap {step.Number} verwijderen?",
                [$"Stap {step.Number} ({step.Who}: {step.What}) verdwijnt uit dit {(path.RevisionOfId is null ? "concept" : "concept met wijzigingen")}.",
                    "Geldt er een regionale stap met hetzelfde nummer, dan staat die weer op de pagina.",
                    "De wijziging komt in de geschiedenis, met uw naam."],
                $"Ja, verwijder stap {step.Number}", "RemoveStep", "stepId", step.Id),
            "afspraak-verwijderen" when path.Rules.FirstOrDefault(r => r.Id == afspraak) is { } rule => new(
                "Afspraak verwijderen?",
                [$"De afspraak voor {CarePathNames.AgeRange(rule.MinAge, rule.MaxAge)}{(rule.Situation is null ? "" : $", {rule.Situation}")} verdwijnt.",
                    "De routering kiest dan geen hulpaanbod meer op grond van deze afspraak.",
                    "De wijziging komt in de geschiedenis, met uw naam."],
                "Ja, verwijder de afspraak", "RemoveRule", "ruleId", rule.Id),
            _ => null,
        };
        if (what is null) return NotFound();
        What = what;
        return Page();
    }
}
