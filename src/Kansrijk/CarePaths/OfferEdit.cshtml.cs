using System.Globalization;
using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>The offer form as typed, so that what was typed comes back on an error.</summary>
public sealed class OfferForm
{
    public string? OrganisationId { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public List<string> Themes { get; set; } = [];
    public string? TargetGroup { get; set; }
    public string? MinAge { get; set; }
    public string? MaxAge { get; set; }
    public string? Insurance { get; set; }
    /// <summary>Language codes, one per ticked box (a list typed with commas is still read).</summary>
    public List<string> Languages { get; set; } = [];
    public IReadOnlyList<string> LanguageCodes => [.. Languages.SelectMany(l => CarePathEditor.LanguageList(l)).Distinct()];
    public string? Cost { get; set; }
    public string? Access { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? Municipalities { get; set; }
    public bool National { get; set; }
    /// <summary>This offer is the municipality's prenatal home visit by the JGZ: a referral to it is a home visit (Pathways).</summary>
    public bool PrenatalHomeVisit { get; set; }
    public string? InterventionId { get; set; }
    public string? LastCheckedOn { get; set; }
    /// <summary>The version of the offer the form was filled from (no lost updates).</summary>
    public int? Version { get; set; }

    public CarePathEditor.OfferInput ToInput() => new(OrganisationId, Name, Description, Themes, TargetGroup, MinAge, MaxAge, Insurance, string.Join(",", Languages), Cost,
        Access, Phone, Email, Website, Municipalities, National, InterventionId, LastCheckedOn, Version, PrenatalHomeVisit);

    public static OfferForm From(Offer o, IReadOnlyDictionary<int, string> themeCodes) => new()
    {
        OrganisationId = o.OrganisationId.ToString(CultureInfo.InvariantCulture),
        Name = o.Name,
        Description = o.Description,
        Themes = [.. o.Themes.Select(t => themeCodes[t.ThemeId])],
        TargetGroup = o.TargetGroup,
        MinAge = o.MinAge?.ToString(CultureInfo.InvariantCulture),
        MaxAge = o.MaxAge?.ToString(CultureInfo.InvariantCulture),
        Insurance = o.Insurance.ToString(),
        Languages = [.. CarePathNames.LanguageCodes(o.Languages)],
        Cost = o.Cost,
        Access = o.Access.ToString(),
        Phone = o.Phone,
        Email = o.Email,
        Website = o.Website,
        Municipalities = Geography.MunicipalityDirectory.Names(o.Municipalities.Select(m => m.MunicipalityCode).Where(c => c != Geography.Area.NetherlandsCode)),
        National = o.National,
        PrenatalHomeVisit = o.IsPrenatalHomeVisit,
        InterventionId = o.InterventionId?.ToString(CultureInfo.InvariantCulture),
        LastCheckedOn = o.LastCheckedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Version = o.Version,
    };
}

/// <summary>A new offer (route "nieuw", saved as a draft) or an existing one: change, publish, mark as checked.</summary>
[Authorize]
public sealed class OfferEditModel(KansrijkDb db, TimeProvider clock, CarePathEditor editor, Authorizer authorizer) : PageModel
{
    [BindProperty] public OfferForm Form { get; set; } = new();
    public Offer? Offer { get; private set; }
    public FormErrors Errors { get; private set; } = new();
    public IReadOnlyList<RiskTheme> Themes { get; private set; } = [];
    public IReadOnlyList<(string, string)> OrganisationOptions { get; private set; } = [];
    public IReadOnlyList<(string, string)> InterventionOptions { get; private set; } = [];
    public IReadOnlyList<CarePathChange> History { get; private set; } = [];
    public bool Administrator { get; private set; }
    public string? Message { get; private set; }


    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Form = Offer is null
            ? new OfferForm { Access = nameof(OfferAccess.SelfReferral), Insurance = nameof(InsuranceCriterion.Any), Languages = ["nl"], LastCheckedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            : OfferForm.From(Offer, Themes.ToDictionary(t => t.Id, t => t.Code));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        var scope = await authorizer.ScopeAsync(ct);
        var (savedId, errors) = await editor.SaveOfferAsync(Form.ToInput(), Offer?.Id, scope, User.Identity!.Name!, ct);
        if (savedId is null)
        {
            Errors = errors;
            // After a conflict her input stays, with the version she has now seen the message about.
            if (Offer is not null && errors.Conflict) Form.Version = await db.Offers.Where(o => o.Id == Offer.Id).Select(o => o.Version).SingleAsync(ct);
            return Page();
        }
        return Redirect($"/zorgpaden/beheer/aanbod/{savedId}?opgeslagen=1");
    }

    public async Task<IActionResult> OnPostPublishAsync(string id, CancellationToken ct) => await ActAsync(id, async o =>
    {
        await editor.SetOfferStatusAsync(o, o.Status == ContentStatus.Draft ? ContentStatus.Published : ContentStatus.Draft, User.Identity!.Name!, ct);
        return o.Status == ContentStatus.Draft ? "Het aanbod is gepubliceerd." : "Het aanbod is weer een concept.";
    }, ct);

    public async Task<IActionResult> OnPostCheckedAsync(string id, CancellationToken ct) => await ActAsync(id, async o =>
    {
        await editor.MarkCheckedAsync(o, User.Identity!.Name!, ct);
        return "Het aanbod is gemarkeerd als gecontroleerd.";
    }, ct);

    private async Task<IActionResult> ActAsync(string id, Func<Offer, Task<string>> action, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (Offer is null) return NotFound();
        Message = await action(Offer);
        await LoadAsync(id, ct);
        Form = OfferForm.From(Offer!, Themes.ToDictionary(t => t.Id, t => t.Code));
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.CarePathEditor, ct: ct)) return Forbid();
        var scope = await authorizer.ScopeAsync(ct);
        Administrator = scope.All;
        if (id != "nieuw")
        {
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var offerId)) return NotFound();
            Offer = await db.Offers.AsNoTracking().Include(o => o.Themes).Include(o => o.Municipalities).AsSplitQuery().FirstOrDefaultAsync(o => o.Id == offerId, ct);
            if (Offer is null) return NotFound();
            if (!await authorizer.AllowsAsync(Permissions.OfferEdit, CarePathResources.Offer(Offer), ct)) return Forbid();
            History = await new CarePathAdminQueries(db, clock).HistoryAsync(null, Offer.Id, ct);
            if (Request.Query.ContainsKey("opgeslagen")) Message = "Het aanbod is opgeslagen.";
        }
        Themes = await new CarePathQueries(db).ThemesAsync(ct);
        OrganisationOptions = [("", "Kies een organisatie"), .. (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Take(2000).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id.ToString(CultureInfo.InvariantCulture), o.Name))];
        InterventionOptions = [("", "Geen"), .. (await db.Interventions.AsNoTracking().OrderBy(i => i.Name).ToListAsync(ct))
            .Select(i => (i.Id.ToString(CultureInfo.InvariantCulture), i.Name))];
        return null;
    }
}
