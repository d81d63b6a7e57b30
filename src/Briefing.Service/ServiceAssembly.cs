namespace Briefing.Service;

/// <summary>Marks the assembly that holds what the hosts share beyond the engine: storage, jobs, feeds, delivery.</summary>
public static class ServiceAssembly;
