namespace Autoscaler.Harness;

/// <summary>A new temporary folder, removed with everything in it on dispose.</summary>
/// <param name="prefix">The folder name's prefix (under the system's temp folder).</param>
public sealed class TempFolder(string prefix = "autoscaler-e2e-") : IDisposable
{
    /// <summary>The folder's full path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>Removes the folder; a file a killed process still holds for a moment is left to the OS temp cleaner.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process may still hold a file for a moment after it was killed; the OS temp cleaner gets the rest.
        }
    }
}
