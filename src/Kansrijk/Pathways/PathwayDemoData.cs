using Kansrijk.Access;
using Kansrijk.CarePaths;
using Kansrijk.Demo;
using Kansrijk.Organisations;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>
/// The chain for a newcomer to walk: a midwife's practice in Den Haag, the JGZ in Haarlem with its prenatal home visit,
/// the demo professionals in their organisations, and two fictional women (marked "fictief" everywhere). Idempotent.
/// </summary>
public sealed class PathwayDemoData(KansrijkDb db, UserManager<User> users, PathwayService pathways, TimeProvider clock)
{
    public const string MidwifePractice = "Verloskundigenpraktijk De Haagse Wieg (voorbeeld)";
    public const string Jgz = "JGZ Kennemerland (voorbeeld)";
    public const string HomeVisitOffer = "Prenataal huisbezoek door de JGZ (voorbeeld)";
    public const string DenHaagWorkerOrganisation = "Sociaal wijkteam Den Haag (voorbeeld)";

    public const string HomeVisitWoman = "Noor Voorbeeld";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await DemoRecords.OnceAsync(db, "trajecten", () => db.Organisations.AnyAsync(o => o.Name == MidwifePractice, ct), () => SeedOnceAsync(ct), ct);
        await DemoRecords.OnceAsync(db, "trajecten:privacyfunctionaris", () => Task.FromResult(false), () => PrivacyOfficerAsync(ct), ct);
        await DemoRecords.OnceAsync(db, "prenataal-huisbezoek", () => db.Set<HomeVisits.HomeVisitMunicipality>().AnyAsync(ct), () => SeedHomeVisitAsync(ct), ct);
    }

    /// <summary>
    /// The JGZ offer is the prenatal home visit, Haarlem offers it to every pregnant woman, and one fictional woman in
    /// Haarlem is referred to it by the midwife: week 28 has begun and nobody planned it yet, so the JGZ sees the warning.
    /// </summary>
    private async Task SeedHomeVisitAsync(CancellationToken ct)
    {
        var offer = await db.Offers.FirstAsync(o => o.Name == HomeVisitOffer, ct);
        offer.IsPrenatalHomeVisit = true;
        var midwife = await users.FindByEmailAsync(DemoAccounts.Professional.Email) ?? throw new InvalidOperationException("Demo-account van de verloskundige ontbreekt.");
        db.Add(new HomeVisits.HomeVisitMunicipality { MunicipalityCode = "GM0392", OfferedToAll = true, ChangedAt = clock.GetUtcNow().UtcDateTime, ChangedByUserId = midwife.Id });
        await db.SaveChangesAsync(ct);

        var practice = await db.Organisations.FirstAsync(o => o.Name == MidwifePractice, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (id, errors, _) = await pathways.OpenAsync(new PathwayService.OpenInput(HomeVisitWoman, today.AddYears(-27).ToString("yyyy-MM-dd"), "06 0000 0003", null, null,
            "GM0392", "2012", today.AddDays(82).ToString("yyyy-MM-dd"), practice.Id), new HashSet<int> { practice.Id }, midwife.Id, fictional: true, ct);
        if (id is null) throw new InvalidOperationException(string.Join(" ", errors.All.Select(e => e.Value)));
        await pathways.RecordConsentAsync(id.Value, ConsentPurpose.HomeVisit, new PathwayService.ConsentInput(offer.Id, ConsentGivenBy.Woman, ConsentManner.Spoken, "nl", true), midwife.Id, ct);
        var referred = await pathways.ReferAsync(id.Value, practice.Id, new PathwayService.ReferInput([offer.Id], null, "De JGZ belt haar voor een afspraak; zij werkt tot week 32.",
            "Bellen na 16.00 uur", false, "Via de praktijk: 070 000 0101"), midwife.Id, ct);
        if (referred.Any) throw new InvalidOperationException(string.Join(" ", referred.All.Select(e => e.Value)));
    }

    /// <summary>The JGZ's privacy officer: her role is scoped to the organisation, which exists only now.</summary>
    private async Task PrivacyOfficerAsync(CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(DemoAccounts.PrivacyOfficer.Email);
        var jgz = await db.Organisations.FirstOrDefaultAsync(o => o.Name == Jgz, ct);
        if (user is null || jgz is null) return;
        db.RoleAssignments.RemoveRange(await db.RoleAssignments.Where(a => a.UserId == user.Id && a.Role == Role.PrivacyOfficer && a.ScopeType == ScopeType.None).ToListAsync(ct));
        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.PrivacyOfficer, ScopeType = ScopeType.Organisation, ScopeId = jgz.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedOnceAsync(CancellationToken ct)
    {
        var parenting = await db.RiskThemes.FirstAsync(t => t.Code == "opvoeding-en-ouderschap", ct);
        var practice = new Organisation { Name = MidwifePractice, Kind = OrganisationKind.MidwifePractice, AgbCode = "03000001", Phone = "070 000 0101", Email = "praktijk-voorbeeld@example.org", IsExample = true };
        practice.Municipalities.Add(new OrganisationMunicipality { MunicipalityCode = "GM0518" });
        var jgz = new Organisation { Name = Jgz, Kind = OrganisationKind.Jgz, IntakeEmail = "jgz-intake-voorbeeld@example.org", Phone = "023 000 0101", Email = "jgz-voorbeeld@example.org", Hours = "ma–vr 8.30–17.00", IsExample = true };
        jgz.Municipalities.Add(new OrganisationMunicipality { MunicipalityCode = "GM0392" });
        var homeVisit = new Offer
        {
            Organisation = jgz,
            Name = HomeVisitOffer,
            Description = "Een jeugdverpleegkundige komt rond week 30 van de zwangerschap op huisbezoek. In Haarlem voor alle zwangeren.",
            TargetGroup = "Alle zwangeren in Haarlem",
            Access = OfferAccess.ConsentNeeded,
            Cost = "Gratis",
            Status = ContentStatus.Published,
            IsExample = true,
            LastCheckedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            Themes = [new OfferTheme { ThemeId = parenting.Id }],
            Municipalities = [new OfferMunicipality { MunicipalityCode = "GM0392" }],
        };
        CarePathEditor.SetKeys(homeVisit, jgz, [parenting]);
        db.AddRange(practice, jgz, homeVisit);
        await db.SaveChangesAsync(ct);

        var worker = await db.Organisations.FirstAsync(o => o.Name == DenHaagWorkerOrganisation, ct);
        var midwife = await JoinAsync(DemoAccounts.Professional, practice.Id, ct);
        var nurse = await JoinAsync(DemoAccounts.JgzNurse, jgz.Id, ct);
        await JoinAsync(DemoAccounts.NeighbourhoodWorker, worker.Id, ct);
        await db.SaveChangesAsync(ct);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var money = await db.Offers.FirstAsync(o => o.OrganisationId == worker.Id, ct);
        await WalkAsync("Fenna Fictief", today.AddYears(-24), "06 0000 0001", "GM0518", "2525", today.AddDays(70), practice.Id, midwife, money.Id,
            "Ze maakt zich zorgen over rekeningen die blijven liggen sinds haar vriend zijn werk kwijt is.", "Het wijkteam belt haar deze week; zij is overdag bereikbaar.", ct);
        var haarlemTeam = await db.Offers.Include(o => o.Organisation).FirstAsync(o => o.Organisation!.Name == "Sociaal Wijk Team Haarlem (voorbeeld)", ct);
        await WalkAsync("Sara Verzonnen", today.AddYears(-31), "06 0000 0002", "GM0392", "2011", today.AddDays(84), jgz.Id, nurse, haarlemTeam.Id,
            "Ze heeft weinig mensen om zich heen en ziet op tegen de kraamtijd.", "Het Sociaal Wijk Team komt kennismaken; haar zus mag erbij zijn.", ct);
    }

    private async Task<string> JoinAsync(DemoAccounts.Account account, int organisationId, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(account.Email) ?? throw new InvalidOperationException($"Demo-account {account.Email} ontbreekt.");
        if (!await db.RoleAssignments.AnyAsync(a => a.UserId == user.Id && a.ScopeType == ScopeType.Organisation, ct))
        {
            db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.Professional, ScopeType = ScopeType.Organisation, ScopeId = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        return user.Id;
    }

    private async Task WalkAsync(string name, DateOnly birth, string phone, string municipality, string postcode, DateOnly due, int organisation, string userId,
        int offerId, string reason, string agreed, CancellationToken ct)
    {
        var (id, errors, _) = await pathways.OpenAsync(new PathwayService.OpenInput(name, birth.ToString("yyyy-MM-dd"), phone, null, null, municipality, postcode,
            due.ToString("yyyy-MM-dd"), organisation), new HashSet<int> { organisation }, userId, fictional: true, ct);
        if (id is null) throw new InvalidOperationException(string.Join(" ", errors.All.Select(e => e.Value)));
        await pathways.RecordConsentAsync(id.Value, ConsentPurpose.Referral, new PathwayService.ConsentInput(offerId, ConsentGivenBy.Woman, ConsentManner.Spoken, "nl", true), userId, ct);
        var referred = await pathways.ReferAsync(id.Value, organisation, new PathwayService.ReferInput([offerId], reason, agreed, "Bellen, overdag", false, "Via de praktijk: 070 000 0101"), userId, ct);
        if (referred.Any) throw new InvalidOperationException(string.Join(" ", referred.All.Select(e => e.Value)));
    }
}
