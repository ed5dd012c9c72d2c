using Kansrijk.Access;
using Kansrijk.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.CaseMeetings;

/// <summary>On PostgreSQL the cases are client data: they live in the client-data schema with the pathways (decision 0013).</summary>
public static class CaseMeetingSchema
{
    /// <summary>The same schema as <c>PathwaySchema.Name</c>.</summary>
    public const string Name = "clients";

    public static void ApplyTo(ModelBuilder builder)
    {
        var module = typeof(CaseMeeting).Namespace!;
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace == module))
        {
            entity.SetSchema(Name);
        }
    }
}

internal sealed class CaseMeetingConfiguration : IEntityTypeConfiguration<CaseMeeting>
{
    public void Configure(EntityTypeBuilder<CaseMeeting> meeting)
    {
        meeting.ToTable("CaseMeetings");
        meeting.Property(m => m.Name).HasMaxLength(200);
        meeting.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        meeting.Property(m => m.Place).HasMaxLength(300);
        meeting.Property(m => m.VideoLink).HasMaxLength(500);
        meeting.Property(m => m.CreatedByUserId).HasMaxLength(450);
        meeting.Property(m => m.CancelledByUserId).HasMaxLength(450);
        meeting.Ignore(m => m.Cancelled);
        meeting.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganiserOrganisationId).OnDelete(DeleteBehavior.Restrict);
        meeting.HasIndex(m => m.StartsAt);
        meeting.HasMany(m => m.Participants).WithOne().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasMany(m => m.Cases).WithOne().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingParticipantConfiguration : IEntityTypeConfiguration<MeetingParticipant>
{
    public void Configure(EntityTypeBuilder<MeetingParticipant> participant)
    {
        participant.ToTable("CaseMeetingParticipants");
        participant.Property(p => p.UserId).HasMaxLength(450);
        participant.HasOne<User>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
        participant.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        participant.HasIndex(p => new { p.UserId, p.MeetingId }).IsUnique();
    }
}

internal sealed class MeetingCaseConfiguration : IEntityTypeConfiguration<MeetingCase>
{
    public void Configure(EntityTypeBuilder<MeetingCase> meetingCase)
    {
        meetingCase.ToTable("CaseMeetingCases");
        meetingCase.Ignore(c => c.ByName);
        meetingCase.Property(c => c.ThemesEncrypted).HasMaxLength(2000);
        meetingCase.Property(c => c.QuestionEncrypted).HasMaxLength(8000);
        meetingCase.Property(c => c.DiscussionEncrypted).HasMaxLength(16000);
        meetingCase.Property(c => c.DecisionsEncrypted).HasMaxLength(16000);
        meetingCase.Property(c => c.AddedByUserId).HasMaxLength(450);
        // No foreign key to the pathway: the case must not hold up removing her data; the consent decides what is shown.
        meetingCase.HasIndex(c => c.PathwayId);
        meetingCase.HasMany(c => c.Actions).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseActionConfiguration : IEntityTypeConfiguration<CaseAction>
{
    public void Configure(EntityTypeBuilder<CaseAction> action)
    {
        action.ToTable("CaseMeetingActions");
        action.Property(a => a.WhatEncrypted).HasMaxLength(4000);
        action.Property(a => a.OwnerUserId).HasMaxLength(450);
        action.HasOne<User>().WithMany().HasForeignKey(a => a.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        action.HasIndex(a => new { a.OwnerUserId, a.DoneAt });
    }
}
