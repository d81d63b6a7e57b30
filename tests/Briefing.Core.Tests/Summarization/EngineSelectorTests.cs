using Briefing.Domain;
using Briefing.Summarization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Tests.Summarization;

public sealed class EngineSelectorTests
{
    [Theory]
    [InlineData(null, null, null, "extractive")]
    [InlineData("Auto", "http://127.0.0.1:1/v1", null, "llm")]
    [InlineData("Auto", null, "Ollama", "llm")]
    [InlineData("Extractive", "http://127.0.0.1:1/v1", null, "extractive")]
    [InlineData("Llm", "http://127.0.0.1:1/v1", null, "llm")]
    public void Create_PicksTheEngineFromSettings(string? engine, string? endpoint, string? provider, string expected)
    {
        using var services = Services.Build(new Dictionary<string, string?>
        {
            ["Summarization:Engine"] = engine,
            ["Llm:Endpoint"] = endpoint,
            ["Llm:Provider"] = provider,
            ["Llm:Model"] = "m",
            ["Llm:PromptsPath"] = Repo.Prompts,
        });

        Assert.Equal(expected, services.GetRequiredService<EngineSelector>().Get(null).Name);
    }

    [Theory]
    [InlineData("Custom", "", "m", "", "the llm engine needs a model endpoint: set Llm:Endpoint or Llm:Provider")]
    [InlineData("Custom", "http://127.0.0.1:1/v1", "", "", "the llm engine needs a model name: set Llm:Model")]
    [InlineData("OpenAI", "", "gpt-4o-mini", "", "Llm:Provider OpenAI needs an API key: set Llm:ApiKey")]
    public void Create_LlmWithMissingSetting_BadArgumentsNamingTheSetting(string provider, string endpoint, string model, string key, string message)
    {
        using var services = Services.Build(new Dictionary<string, string?>
        {
            ["Summarization:Engine"] = "Llm",
            ["Llm:Provider"] = provider,
            ["Llm:Endpoint"] = endpoint,
            ["Llm:Model"] = model,
            ["Llm:ApiKey"] = key,
            ["Llm:PromptsPath"] = Repo.Prompts,
        });

        var ex = Assert.Throws<BriefingException>(() => services.GetRequiredService<EngineSelector>().Get(null));

        Assert.Equal((BriefingErrorKind.Configuration, message), (ex.Kind, ex.Message));
    }

    [Fact]
    public void Create_LlmWithBrokenPromptsFolder_BadArgumentsNamingTheFolder()
    {
        using var services = Services.Build(new Dictionary<string, string?>
        {
            ["Summarization:Engine"] = "Llm",
            ["Llm:Endpoint"] = "http://127.0.0.1:1/v1",
            ["Llm:Model"] = "m",
            ["Llm:PromptsPath"] = "/nonexistent/prompts",
        });

        var ex = Assert.Throws<BriefingException>(() => services.GetRequiredService<EngineSelector>().Get(null));

        Assert.Equal("prompt file '/nonexistent/prompts': prompts folder not found (Llm:PromptsPath)", ex.Message);
    }

    [Theory]
    [InlineData("Llm:Endpoint", "localhost:8000", "Llm:Endpoint must be an http or https URL (got 'localhost:8000')")]
    [InlineData("Llm:AttemptTimeoutSeconds", "500", "Llm:AttemptTimeoutSeconds (500) must not exceed Llm:CallTimeoutSeconds (300)")]
    [InlineData("Llm:MaxConcurrency", "0", "The field MaxConcurrency must be between 1 and 64.")]
    public void Validate_BadLlmSetting_Fails(string key, string value, string message)
    {
        using var services = Services.Build(new Dictionary<string, string?> { [key] = value });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, string.Join("\n", ex.Failures), StringComparison.Ordinal);
    }
}
