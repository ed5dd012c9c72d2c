using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;

namespace Kansrijk.Platform.Database;

/// <summary>
/// EF Core indexes every foreign key column and has no API to leave one out (dotnet/efcore#7605). A column marked with
/// <see cref="WithoutIndex"/> keeps its foreign key but gets no index: for a column that a bulk update changes in every
/// row and nothing filters on, the index would only make each update write all indexes (on PostgreSQL: no HOT update).
/// </summary>
public static class ForeignKeyWithoutIndex
{
    private const string Annotation = "Kansrijk:ForeignKeyWithoutIndex";

    public static PropertyBuilder<T> WithoutIndex<T>(this PropertyBuilder<T> property) => property.HasAnnotation(Annotation, true);

    internal static bool IsMarked(IReadOnlyList<IReadOnlyProperty> properties) => properties.Any(p => p.FindAnnotation(Annotation)?.Value is true);

    /// <summary>The built-in convention, except for marked columns (also when an index is removed, which makes the built-in one add it again).</summary>
    internal sealed class Convention(ProviderConventionSetBuilderDependencies dependencies) : ForeignKeyIndexConvention(dependencies)
    {
        protected override IConventionIndex? CreateIndex(IReadOnlyList<IConventionProperty> properties, bool unique, IConventionEntityTypeBuilder entityTypeBuilder) =>
            IsMarked(properties) ? null : base.CreateIndex(properties, unique, entityTypeBuilder);

        public override void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
        {
            base.ProcessModelFinalizing(modelBuilder, context);
            // The index may have been made before the column was marked (the relationship is found before configuration runs).
            foreach (var index in modelBuilder.Metadata.GetEntityTypes().SelectMany(e => e.GetDeclaredIndexes())
                         .Where(i => i.GetConfigurationSource() == ConfigurationSource.Convention && IsMarked(i.Properties)).ToList())
            {
                index.DeclaringEntityType.Builder.HasNoIndex(index);
            }
        }
    }
}
