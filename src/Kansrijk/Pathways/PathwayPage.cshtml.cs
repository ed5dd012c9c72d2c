using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>
/// One pathway for the professionals involved: her details, consents (record, withdraw), referrals with their status only,
/// and the timeline. Every view is in the access log; an uninvolved organisation gets 403, logged too.
/// </summary>
[Authorize]
public sealed class PathwayPageModel(Authorizer authorizer, PathwayService pathways, PathwayReader reader, KansrijkDb db, UserManager<Access.User> users,
    CarePaths.OfferDirectory offers, HomeVisits.HomeVisitService homeVisits,
    InvolvementService involvements, PathwayTimeline timeline, Microsoft.Extensions.Options.IOptions<PathwayOptions> options) : PageModel
{
    private ScopedResource? resource;

    /// <summary>She reads under break-the-glass: no forms to change anything, and every read is flagged.</summary>
    public bool Emergency { get; private set; }
    public InvolvementView Involvement { get; private set; } = null!;
    public IReadOnlyList<PathwayTimeline.Event> Events { get; private set; } = [];

    public PathwayReader.Detail Detail { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name, string Organisation)> Offers { get; private set; } = [];
    public FormErrors Errors { get; private set; } = new();
    public string? Message { get; private set; }
    /// <summary>The offers in her municipality that are the prenatal home visit, and whether her municipality offers it to every woman.</summary>
    public IReadOnlySet<int> HomeVisitOfferIds { get; private set; } = new HashSet<int>();
    public bool HomeVisitForAll { get; private set; }
    [BindProperty] public PathwayService.ConsentInput ConsentForm { get; set; } = new(null, ConsentGivenBy.Woman, ConsentManner.Spoken, "nl", false);
    [BindProperty] public ReferFormInput ReferForm { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "taal")] public string? Language { get; set; }
    [BindProperty(SupportsGet = true, Name = "aanbod")] public int? OfferId { get; set; }

    /// <summary>The offer the explanation and the consent form are for (chosen with "Toon de uitleg").</summary>
    public (int Id, string Name, string Organisation)? ChosenOffer => Offers.Cast<(int Id, string Name, string Organisation)?>().FirstOrDefault(o => o!.Value.Id == OfferId);

    public sealed class ReferFormInput
    {
        public List<int> OfferIds { get; set; } = [];
        public string? Reason { get; set; }
        public string? Agreed { get; set; }
        public string? ContactPreference { get; set; }
        public bool Urgent { get; set; }
        public string? ReferrerContact { get; set; }
    }

    public ConsentTexts.Language ExplanationLanguage => ConsentTexts.Instance.Find(Language) ?? ConsentTexts.Instance.Languages[0];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, Permissions.ClientRead, ct) is { } denied) return denied;
        Message = Request.Query.ContainsKey("geopend") ? "Het traject is geopend." : Request.Query.ContainsKey("toestemming") ? "De toestemming is vastgelegd."
            : Request.Query.ContainsKey("ingetrokken") ? "De toestemming is ingetrokken. Vanaf nu wordt er op grond daarvan niets meer gedeeld."
            : Request.Query.ContainsKey("verwezen") ? "De verwijzing is verstuurd naar de inbox van de ontvanger."
            : InvolvementView.Message(Request.Query);
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostConsentAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, Permissions.ClientWrite, ct) is { } denied) return denied;
        var purpose = await homeVisits.IsHomeVisitOfferAsync(ConsentForm.OfferId, ct) ? ConsentPurpose.HomeVisit : ConsentPurpose.Referral;
        Errors = Prefixed(await pathways.RecordConsentAsync(id, purpose, ConsentForm, users.GetUserId(User)!, ct), "ConsentForm.");
        return Errors.Any ? await ShowAsync(id, ct) : Redirect($"/trajecten/{id}?toestemming=1#toestemming");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, int consentId, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, Permissions.ClientWrite, ct) is { } denied) return denied;
        if (!await pathways.WithdrawConsentAsync(id, consentId, users.GetUserId(User)!, ct)) return NotFound();
        return Redirect($"/trajecten/{id}?ingetrokken=1#toestemming");
    }

    public async Task<IActionResult> OnPostReferAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, Permissions.ClientWrite, ct) is { } denied) return denied;
        var pathway = await db.Set<Pathway>().AsNoTracking().Where(p => p.Id == id).Select(p => new { p.OrganisationId }).SingleAsync(ct);
        var mine = (await authorizer.ScopeAsync(ct)).Organisations;
        var referrer = mine.Contains(pathway.OrganisationId) ? pathway.OrganisationId : mine.First();
        Errors = await pathways.ReferAsync(id, referrer, new PathwayService.ReferInput(ReferForm.OfferIds, ReferForm.Reason, ReferForm.Agreed,
            ReferForm.ContactPreference, ReferForm.Urgent, ReferForm.ReferrerContact), users.GetUserId(User)!, ct);
        Errors = Prefixed(Errors, "ReferForm.");
        return Errors.Any ? await ShowAsync(id, ct) : Redirect($"/trajecten/{id}?verwezen=1#verwijzingen");
    }

    /// <summary>The service names fields as its inputs do; the page's fields carry the form's prefix, so the summary links to them.</summary>
    private static FormErrors Prefixed(FormErrors errors, string prefix)
    {
        var result = new FormErrors();
        foreach (var (field, message) in errors.All) result.Add(prefix + field, message);
        return result;
    }

    private async Task<IActionResult?> AuthorizeAsync(int id, Permission permission, CancellationToken ct)
    {
        resource = await pathways.ResourceOrNobodysAsync(id, ct);
        if (!await authorizer.AllowsAsync(permission, resource, ct)) return Forbid();
        // A change by her organisation is activity: its involvement does not lapse (saved with the change).
        if (permission == Permissions.ClientWrite) await involvements.TouchAsync(id, (await authorizer.ScopeAsync(ct)).Organisations, ct);
        return null;
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        var mine = (await authorizer.ScopeAsync(ct)).Organisations;
        Emergency = resource is not null && !resource.Organisations.Any(mine.Contains);
        Detail = (await reader.DetailAsync(id, ct, Emergency))!;
        Involvement = await InvolvementView.LoadAsync(db, involvements, id, mine, Emergency, users.GetUserId(User)!, options.Value, ct);
        Events = await timeline.ForAsync(id, ct);
        var municipality = Detail.Pathway.MunicipalityCode;
        var published = await offers.PublishedForAsync(municipality, ct);
        Offers = [.. published.Select(o => (o.Id, o.Name, o.OrganisationName))];
        HomeVisitOfferIds = published.Where(o => o.IsPrenatalHomeVisit).Select(o => o.Id).ToHashSet();
        HomeVisitForAll = await homeVisits.OfferedToAllAsync(municipality, ct);
        return Page();
    }
}
