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
    [InlineData("Tokenizer", "p50k_base", "Llm:Tokenizer must be o200k_base or cl100k_base (got 'p50k_base')")]
    [InlineData("ManagedIdentityClientId", "00000000-0000-0000-0000-000000000001", "Llm:ManagedIdentityClientId needs Llm:AzureAuth EntraId")]
    [InlineData("AzureAuth", "EntraId", "Llm:AzureAuth EntraId applies only to Llm:Provider AzureOpenAI (got OpenAI)")]
    [InlineData("Endpoint", "http://api.example.com/v1/", "Llm:Endpoint must be https for a remote host with Llm:Provider OpenAI")]
    public void Validate_BadSetting_FailsNamingIt(string key, string value, string message)
    {
        using var services = Services.Build(new Dictionary<string, string?> { ["Llm:Provider"] = "OpenAI", [$"Llm:{key}"] = value });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, string.Join("\n", ex.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/v1/")]
    [InlineData("https://api.example.com/v1/")]
    public void Validate_HttpsOrLoopbackEndpoint_Accepted(string endpoint)
    {
        var result = new LlmOptionsValidator().Validate(null, new LlmOptions { Provider = LlmProvider.OpenAI, Endpoint = endpoint });

        Assert.False(result.Failed, result.FailureMessage);
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
