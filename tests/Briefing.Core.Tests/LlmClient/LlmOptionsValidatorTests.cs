using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Tests.LlmClient;

public sealed class LlmOptionsValidatorTests
{
    [Fact]
    public void Validate_MaxRetryAfterNotBelowCallTimeout_FailsNamingBothKeys()
    {
        using var services = Services.Build(new Dictionary<string, string?> { ["Llm:MaxRetryAfterSeconds"] = "400", ["Llm:CallTimeoutSeconds"] = "300" });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Llm:MaxRetryAfterSeconds (400) must be below Llm:CallTimeoutSeconds (300)", string.Join("\n", ex.Failures), StringComparison.Ordinal);
    }
}
