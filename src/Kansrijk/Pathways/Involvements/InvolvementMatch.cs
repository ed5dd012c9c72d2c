using Kansrijk.Access.AccessLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Pathways;

/// <summary>
/// Two organisations involved with the same woman, found on the keyed identity hash (never by a name search): each sees
/// the other's name and contact point, nothing of the other's pathway. As the Verwijsindex does.
/// </summary>
public sealed class InvolvementMatch : IClientData
{
    public string ClientKey => PathwayId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public int Id { get; init; }
    /// <summary>The pathway of the organisation that registered last.</summary>
    public int PathwayId { get; init; }
    public int OrganisationId { get; init; }
    /// <summary>The pathway of the organisation that was already involved.</summary>
    public int OtherPathwayId { get; init; }
    public int OtherOrganisationId { get; init; }
    public DateTime MatchedAt { get; init; }
}

internal sealed class InvolvementMatchConfiguration : IEntityTypeConfiguration<InvolvementMatch>
{
    public void Configure(EntityTypeBuilder<InvolvementMatch> match)
    {
        match.ToTable("InvolvementMatches");
        match.HasOne<Pathway>().WithMany().HasForeignKey(m => m.PathwayId).OnDelete(DeleteBehavior.Cascade);
        match.HasOne<Pathway>().WithMany().HasForeignKey(m => m.OtherPathwayId).OnDelete(DeleteBehavior.Cascade);
        match.HasIndex(m => new { m.PathwayId, m.OtherPathwayId }).IsUnique();
        match.HasIndex(m => m.OtherPathwayId);
    }
}
