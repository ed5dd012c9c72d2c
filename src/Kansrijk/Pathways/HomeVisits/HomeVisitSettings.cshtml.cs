using Kansrijk.Access.Authorization;
using Kansrijk.Geography;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways.HomeVisits;

/// <summary>
/// The municipalities the coordinator may set "prenataal huisbezoek voor alle zwangeren" for, with their current choice.
/// Care-path editors (coordinators with a municipality, administrators) open it; the setting itself is per municipality.
/// </summary>
[Authorize]
public sealed class HomeVisitSettingsModel(Authorizer authorizer, KansrijkDb db) : PageModel
{
    public IReadOnlyList<(string Code, string Name, bool OfferedToAll)> Municipalities { get; private set; } = [];
    public bool All { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.CarePathEditor, ct: ct)) return Forbid();
        var scope = await authorizer.ScopeAsync(ct);
        All = scope.All;
        var on = await db.Set<HomeVisitMunicipality>().AsNoTracking().Where(m => m.OfferedToAll).Select(m => m.MunicipalityCode).ToListAsync(ct);
        var codes = scope.All ? on : [.. scope.Municipalities];
        Municipalities = [.. codes.Where(HomeVisitSettingModel.IsMunicipality).Select(c => (c, MunicipalityDirectory.NameOf(c), on.Contains(c))).OrderBy(m => m.Item2, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), true))];
        return Page();
    }
}

/// <summary>One municipality's choice: offer the prenatal home visit to every pregnant woman. Only in the actor's own scope.</summary>
[Authorize]
public sealed class HomeVisitSettingModel(Authorizer authorizer, HomeVisitService visits, KansrijkDb db, UserManager<Access.User> users) : PageModel
{
    public const string ResourceType = "HuisbezoekGemeente";

    /// <summary>A municipality's code as the directory knows it (GM and four digits, upper case).</summary>
    public static bool IsMunicipality(string code) =>
        code.Length == 6 && code.StartsWith("GM", StringComparison.Ordinal) && code[2..].All(char.IsAsciiDigit) && MunicipalityDirectory.NameOf(code) != code;

    public string Name { get; private set; } = "";
    public HomeVisitMunicipality? Setting { get; private set; }
    public IReadOnlyList<string> HomeVisitOffers { get; private set; } = [];
    public FormErrors Errors { get; private set; } = new();
    public bool Saved { get; private set; }
    [BindProperty] public bool OfferedToAll { get; set; }
    [BindProperty] public int? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(string gemeentecode, CancellationToken ct)
    {
        if (await RefusedAsync(gemeentecode, ct) is { } refused) return refused;
        Saved = Request.Query.ContainsKey("opgeslagen");
        await LoadAsync(gemeentecode, ct);
        OfferedToAll = Setting?.OfferedToAll ?? false;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string gemeentecode, CancellationToken ct)
    {
        if (await RefusedAsync(gemeentecode, ct) is { } refused) return refused;
        Errors = await visits.SetOfferedToAllAsync(gemeentecode, OfferedToAll, Version, users.GetUserId(User)!, ct);
        if (!Errors.Any) return Redirect($"/prenataal-huisbezoek/{gemeentecode}?opgeslagen=1");
        await LoadAsync(gemeentecode, ct);
        return Page();
    }

    /// <summary>The coordinator's scope must cover the municipality (logged when not); an unknown code is not found.</summary>
    private async Task<IActionResult?> RefusedAsync(string code, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.CarePathEdit, ScopedResource.Municipality(ResourceType, code), ct)) return Forbid();
        return IsMunicipality(code) ? null : NotFound();
    }

    private async Task LoadAsync(string code, CancellationToken ct)
    {
        Name = MunicipalityDirectory.NameOf(code);
        Setting = await db.Set<HomeVisitMunicipality>().AsNoTracking().FirstOrDefaultAsync(m => m.MunicipalityCode == code, ct);
        Version = Setting?.Version;
        HomeVisitOffers = await db.Offers.AsNoTracking()
            .Where(o => o.IsPrenatalHomeVisit && o.Status == CarePaths.ContentStatus.Published && (o.National || o.Municipalities.Any(m => m.MunicipalityCode == code)))
            .OrderBy(o => o.Name).Select(o => o.Name + " – " + o.Organisation!.Name).ToListAsync(ct);
    }
}
