using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Tests.Summarization;

public sealed class ExtractiveOptionsTests
{
    [Fact]
    public void Validate_MinSentenceWordsAboveMax_FailsAtStartNamingBothKeys()
    {
        using var services = Services.Build(new Dictionary<string, string?> { ["Extractive:MinSentenceWords"] = "80", ["Extractive:MaxSentenceWords"] = "60" });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Extractive:MinSentenceWords (80) must not exceed Extractive:MaxSentenceWords (60)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MinEqualToMax_Accepted()
    {
        using var services = Services.Build(new Dictionary<string, string?> { ["Extractive:MinSentenceWords"] = "20", ["Extractive:MaxSentenceWords"] = "20" });

        services.GetRequiredService<IStartupValidator>().Validate();
    }
}
