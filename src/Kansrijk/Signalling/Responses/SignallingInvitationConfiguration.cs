using Kansrijk.Pathways;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Signalling.Responses;

internal sealed class SignallingInvitationConfiguration : IEntityTypeConfiguration<SignallingInvitation>
{
    public void Configure(EntityTypeBuilder<SignallingInvitation> invitation)
    {
        invitation.ToTable("SignallingInvitations");
        invitation.Property(i => i.CodeHash).HasMaxLength(64);
        invitation.Property(i => i.CreatedByUserId).HasMaxLength(450);
        invitation.HasIndex(i => i.CodeHash).IsUnique();
        invitation.HasIndex(i => i.PathwayId);
        invitation.HasOne<Pathway>().WithMany().HasForeignKey(i => i.PathwayId).OnDelete(DeleteBehavior.Cascade);
        invitation.HasOne(i => i.Response).WithOne().HasForeignKey<SignallingInvitation>(i => i.ResponseId).OnDelete(DeleteBehavior.SetNull);
    }
}
