using Kansrijk.Access.AccessLog;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Pathways;

/// <summary>
/// Break-the-glass: a professional reads a pathway her organisation is not involved in, for 24 hours, with a reason.
/// Every read under it is flagged in the access log; her organisation's privacy officer sees the list.
/// </summary>
public sealed class EmergencyAccess : IClientData
{
    public static readonly TimeSpan Duration = TimeSpan.FromHours(24);

    public string ClientKey => PathwayId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public int Id { get; init; }
    public int PathwayId { get; init; }
    public required string UserId { get; init; }
    public required string UserName { get; init; }
    /// <summary>The organisation she acted for: its privacy officer reviews the access.</summary>
    public int OrganisationId { get; init; }
    /// <summary>Free text, so it may describe the woman: encrypted like her other data.</summary>
    [PersonalData] public required string ReasonEncrypted { get; set; }
    public DateTime StartedAt { get; init; }
    public DateTime EndsAt { get; init; }
}

internal sealed class EmergencyAccessConfiguration : IEntityTypeConfiguration<EmergencyAccess>
{
    public void Configure(EntityTypeBuilder<EmergencyAccess> access)
    {
        access.ToTable("EmergencyAccesses");
        access.Property(a => a.UserId).HasMaxLength(450);
        access.Property(a => a.UserName).HasMaxLength(256);
        access.Property(a => a.ReasonEncrypted).HasMaxLength(4000);
        access.HasOne<Pathway>().WithMany().HasForeignKey(a => a.PathwayId).OnDelete(DeleteBehavior.Cascade);
        access.HasIndex(a => new { a.PathwayId, a.EndsAt });
        access.HasIndex(a => new { a.OrganisationId, a.StartedAt });
    }
}
