using Briefing.LlmClient;
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

    [Fact]
    public void Validate_ReasoningModelWithMaxTokensForced_FailsNamingBothKeys()
    {
        var result = new LlmOptionsValidator().Validate(null, new LlmOptions { ReasoningModel = true, SendMaxTokens = true });

        Assert.True(result.Failed);
        Assert.Contains("Llm:SendMaxTokens", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Llm:ReasoningModel", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LlmProvider.Custom, false, null, true)]
    [InlineData(LlmProvider.Ollama, false, null, true)]
    [InlineData(LlmProvider.OpenAI, false, null, false)]
    [InlineData(LlmProvider.AzureOpenAI, false, null, false)]
    [InlineData(LlmProvider.OpenAI, false, true, true)]
    [InlineData(LlmProvider.Custom, false, false, false)]
    [InlineData(LlmProvider.Custom, true, null, false)]
    public void SendsMaxTokens_ProviderPresetAndOverride_AsDocumented(LlmProvider provider, bool reasoning, bool? send, bool expected)
    {
        var options = new LlmOptions { Provider = provider, ReasoningModel = reasoning, SendMaxTokens = send };

        Assert.Equal(expected, options.SendsMaxTokens);
    }
}
