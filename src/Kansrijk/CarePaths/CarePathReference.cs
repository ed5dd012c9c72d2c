using Kansrijk.Organisations;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>The built-in risk themes. Idempotent: a theme that exists keeps its name; administrators may add more.</summary>
public static class CarePathReference
{
    public static readonly IReadOnlyList<(string Code, string Name)> BuiltIn =
    [
        ("financien-en-schulden", "Financiën en schulden"),
        ("verslaving-en-middelengebruik", "Verslaving en middelengebruik"),
        ("psychische-problematiek", "Psychische problematiek"),
        ("huiselijk-geweld-en-kindermishandeling", "Huiselijk geweld en kindermishandeling"),
        ("huisvesting-en-dakloosheid", "Huisvesting en dakloosheid"),
        ("laaggeletterdheid-en-taal", "Laaggeletterdheid en taal"),
        ("asielzoekers-statushouders-en-nieuwkomers", "Asielzoekers, statushouders en nieuwkomers"),
        ("onverzekerden", "Onverzekerden"),
        ("licht-verstandelijke-beperking", "Licht verstandelijke beperking"),
        ("ongeplande-of-ongewenste-zwangerschap-en-kinderwens", "Ongeplande of ongewenste zwangerschap en kinderwens"),
        ("tienerzwangerschap", "Tienerzwangerschap"),
        ("opvoeding-en-ouderschap", "Opvoeding en ouderschap"),
        ("postpartum-depressie", "Postpartum depressie"),
        ("roken-en-alcohol", "Roken en alcohol"),
    ];

    /// <summary>Real national numbers a professional can call when a path has no local offer yet.</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string Phone)> NationalNumbers = new Dictionary<string, (string, string)>
    {
        ["huiselijk-geweld-en-kindermishandeling"] = ("Veilig Thuis", "0800-2000"),
        ["psychische-problematiek"] = ("113 Zelfmoordpreventie", "0800-0113"),
        ["postpartum-depressie"] = ("113 Zelfmoordpreventie", "0800-0113"),
    };

    /// <summary>Themes where a woman or child may be in danger: the page puts the real national numbers first.</summary>
    public static readonly IReadOnlySet<string> SafetyThemes = new HashSet<string>(StringComparer.Ordinal)
    {
        "huiselijk-geweld-en-kindermishandeling",
        "psychische-problematiek",
        "postpartum-depressie",
    };

    public static readonly IReadOnlyList<(string Name, string Phone)> SafetyNumbers =
        [("Veilig Thuis", "0800-2000"), ("113 Zelfmoordpreventie", "0800-0113")];

    /// <summary>
    /// An organisation that serves no municipality yet (made before organisations had their own, or by the demo) gets the
    /// municipalities of its local offers, so the coordinators there can keep editing it.
    /// </summary>
    public static async Task ServedMunicipalitiesFromOffersAsync(KansrijkDb db, CancellationToken ct = default)
    {
        var missing = await (
            from o in db.Offers.AsNoTracking()
            join m in db.OfferMunicipalities.AsNoTracking() on o.Id equals m.OfferId
            where !o.National && m.MunicipalityCode != Geography.Area.NetherlandsCode
                && !db.OrganisationMunicipalities.Any(x => x.OrganisationId == o.OrganisationId)
            select new { o.OrganisationId, m.MunicipalityCode }).Distinct().ToListAsync(ct);
        if (missing.Count == 0) return;
        db.OrganisationMunicipalities.AddRange(missing.Select(x => new OrganisationMunicipality { OrganisationId = x.OrganisationId, MunicipalityCode = x.MunicipalityCode }));
        await db.SaveChangesAsync(ct);
    }

    public static async Task EnsureAsync(KansrijkDb db, CancellationToken ct = default)
    {
        var existing = await db.RiskThemes.Select(t => t.Code).ToListAsync(ct);
        var order = 0;
        foreach (var (code, name) in BuiltIn)
        {
            order += 10;
            if (!existing.Contains(code))
            {
                db.RiskThemes.Add(new RiskTheme { Code = code, Name = name, SortOrder = order, BuiltIn = true });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
