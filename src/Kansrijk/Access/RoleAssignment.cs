using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Access;

/// <summary>A role a user holds, limited to a municipality, coalition or organisation where the role needs it.</summary>
public sealed class RoleAssignment
{
    public int Id { get; init; }
    public required string UserId { get; init; }
    public Role Role { get; init; }
    public ScopeType ScopeType { get; init; }
    public string? ScopeId { get; init; }

    public string ScopeClaim => ScopeType == ScopeType.None ? "" : $"{ScopeType}:{ScopeId}";
}

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> assignment)
    {
        assignment.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        assignment.Property(a => a.ScopeType).HasConversion<string>().HasMaxLength(20);
        assignment.Property(a => a.ScopeId).HasMaxLength(40);
        assignment.HasOne<User>().WithMany(u => u.Roles).HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        assignment.HasIndex(a => new { a.UserId, a.Role, a.ScopeType, a.ScopeId }).IsUnique();
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(120);
    }
}
