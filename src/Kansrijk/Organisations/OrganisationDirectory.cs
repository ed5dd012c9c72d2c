using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Organisations;

/// <summary>How another organisation is reached: what a referrer, a receiver or a match needs, and nothing else.</summary>
public sealed record OrganisationContact(int Id, string Name, OrganisationKind Kind, string? Phone, string? Email, string? IntakeEmail,
    string? Website, string? Hours, bool IsExample)
{
    public string KindName => OrganisationKinds.Name(Kind);
    /// <summary>Where notices go: the intake inbox, else the general address.</summary>
    public string? NoticeEmail => IntakeEmail ?? Email;
}

/// <summary>
/// The Organisations module's contract: other modules ask here for names and contact points instead of reading the
/// organisation tables.
/// </summary>
public sealed class OrganisationDirectory(KansrijkDb db)
{
    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        if (list.Count == 0) return new Dictionary<int, string>();
        return await db.Organisations.AsNoTracking().Where(o => list.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    public async Task<IReadOnlyDictionary<int, OrganisationContact>> ContactPointsAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        if (list.Count == 0) return new Dictionary<int, OrganisationContact>();
        return await db.Organisations.AsNoTracking().Where(o => list.Contains(o.Id))
            .Select(o => new OrganisationContact(o.Id, o.Name, o.Kind, o.Phone, o.Email, o.IntakeEmail, o.Website, o.Hours, o.IsExample))
            .ToDictionaryAsync(o => o.Id, ct);
    }

    public async Task<OrganisationContact?> ContactPointAsync(int id, CancellationToken ct) =>
        (await ContactPointsAsync([id], ct)).GetValueOrDefault(id);
}
