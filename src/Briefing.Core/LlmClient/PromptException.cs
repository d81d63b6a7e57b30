namespace Briefing.LlmClient;

/// <summary>A prompt file that cannot be used; the message names the file and the problem.</summary>
public sealed class PromptException(string file, string problem) : Exception($"prompt file '{file}': {problem}")
{
    public string File { get; } = file;
}
