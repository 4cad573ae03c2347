namespace Autoscaler.Simulator.Tests;

/// <summary>Finds the shared traces and writes small ones for tests.</summary>
internal static class TracePaths
{
    /// <summary>A trace from the repository's copy of shared/traces, or /work/shared/traces when the repository has none.</summary>
    public static string Shared(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "traces", name), Path.Combine(dir.FullName, "traces", name) })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return Path.Combine("/work/shared/traces", name);
    }
}
