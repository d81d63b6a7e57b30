using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Briefing.LlmClient;

/// <summary>
/// The host's one Semantic Kernel: its chat service is the registered <see cref="IChatClient"/> (any
/// Microsoft.Extensions.AI client can be plugged in) behind <see cref="KernelChatClient"/>, and its filter is
/// <see cref="ModelCallFilter"/>. The prompt functions come from prompts/ (<see cref="PromptTemplate"/>).
/// </summary>
internal static class LlmKernel
{
    /// <summary>Builds the kernel over <paramref name="model"/>; the tokenizer is chosen from the Llm settings, once.</summary>
    public static Kernel Create(IChatClient model, IOptions<LlmOptions> options, ILoggerFactory loggers)
    {
        var tokens = TokenCounter.For(options.Value);
        if (tokens.Estimated) ModelCallLog.TokensEstimated(loggers.CreateLogger("Briefing.LlmClient"), options.Value.ModelName ?? "");
        var services = new ServiceCollection();
        services.AddSingleton(loggers);
        services.AddSingleton(tokens);
        services.AddSingleton<IChatClient>(new KernelChatClient(model, tokens));
        services.AddSingleton<IFunctionInvocationFilter>(new ModelCallFilter(loggers.CreateLogger<ModelCallFilter>(), options));
        services.AddKernel();
        return services.BuildServiceProvider().GetRequiredService<Kernel>();
    }
}
