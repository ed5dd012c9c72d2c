using Kansrijk.Geography;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Geography;

[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Súdwest-Fryslân", "sudwest fryslan")]
    [InlineData("  's-Hertogenbosch ", "s hertogenbosch")]
    [InlineData("Nuenen, Gerwen en Nederwetten", "nuenen gerwen en nederwetten")]
    [InlineData("GM0363", "gm0363")]
    [InlineData("", "")]
    public void Normalise_folds_case_accents_and_punctuation(string input, string expected) =>
        Assert.Equal(expected, SearchText.Normalise(input));

    [Fact]
    public void A_query_without_accents_is_contained_in_the_folded_name() =>
        Assert.Contains(SearchText.Normalise("sudwest"), SearchText.Normalise("Súdwest-Fryslân"));
}
