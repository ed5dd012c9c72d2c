using Kansrijk.Pathways;
using Kansrijk.Signalling.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Signalling.Responses;

internal sealed class SignallingResponseConfiguration : IEntityTypeConfiguration<SignallingResponse>
{
    public void Configure(EntityTypeBuilder<SignallingResponse> response)
    {
        response.ToTable("SignallingResponses");
        response.Property(r => r.Language).HasMaxLength(5);
        response.Property(r => r.FilledBy).HasConversion<string>().HasMaxLength(20);
        response.Property(r => r.AdviceDomainsKept).HasMaxLength(1000);
        response.HasOne<Pathway>().WithMany().HasForeignKey(r => r.PathwayId).OnDelete(DeleteBehavior.Cascade);
        response.HasOne<InstrumentVersion>().WithMany().HasForeignKey(r => r.InstrumentVersionId).OnDelete(DeleteBehavior.Restrict);
        response.HasIndex(r => new { r.PathwayId, r.SubmittedAt });
    }
}

/// <summary>On PostgreSQL the answers live with the other client data in the schema 'clients' (decision 0013).</summary>
public static class SignallingSchema
{
    public static void ApplyTo(ModelBuilder builder)
    {
        builder.Entity<SignallingResponse>().ToTable("SignallingResponses", PathwaySchema.Name);
        builder.Entity<SignallingInvitation>().ToTable("SignallingInvitations", PathwaySchema.Name);
    }
}
