namespace Autoscaler.RackspaceEmulator;

/// <summary>Faults the emulator injects; an immutable value swapped atomically at run time.</summary>
public sealed record FaultSettings
{
    /// <summary>Error rates per operation name (e.g. "CreateServer", "ListServers", "Authenticate") or "*" for every operation.</summary>
    public IReadOnlyDictionary<string, OperationFault> Operations { get; init; } = new Dictionary<string, OperationFault>();

    /// <summary>Delay added before every API request is answered. Default none.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Share (0..1) of builds that end in ERROR instead of ACTIVE. Default 0.</summary>
    public double BuildFailureRate { get; init; }

    /// <summary>Share (0..1) of builds that never finish (stay in BUILD). Default 0.</summary>
    public double BuildHangRate { get; init; }

    /// <summary>Share (0..1) of server creates refused with 503 serverCapacityUnavailable. Default 0.</summary>
    public double CapacityUnavailableRate { get; init; }

    /// <summary>Share (0..1) of successful v1.0 GETs answered 203 Non-Authoritative (a cached response). Default 0.</summary>
    public double CachedResponseRate { get; init; }

    /// <summary>Windows during which every API request (identity included) is answered 503 serviceUnavailable.</summary>
    public IReadOnlyList<OutageWindow> Outages { get; init; } = [];

    /// <summary>Times (on the emulator's clock) at which every token issued before them stops working (401).</summary>
    public IReadOnlyList<DateTimeOffset> TokenRevocations { get; init; } = [];

    /// <summary>Returns every problem with these settings, each naming the key; empty when valid.</summary>
    public IReadOnlyList<string> Validate(string prefix = "Faults")
    {
        var errors = new List<string>();
        CheckRate(errors, $"{prefix}:BuildFailureRate", BuildFailureRate);
        CheckRate(errors, $"{prefix}:BuildHangRate", BuildHangRate);
        CheckRate(errors, $"{prefix}:CachedResponseRate", CachedResponseRate);
        CheckRate(errors, $"{prefix}:CapacityUnavailableRate", CapacityUnavailableRate);
        if (BuildFailureRate + BuildHangRate > 1)
        {
            errors.Add($"{prefix}:BuildFailureRate + {prefix}:BuildHangRate must not exceed 1.");
        }

        if (Latency < TimeSpan.Zero || Latency > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{prefix}:Latency must be between 0 and 10 minutes.");
        }

        if (Operations is null || Outages is null || TokenRevocations is null)
        {
            errors.Add($"{prefix}:Operations, {prefix}:Outages and {prefix}:TokenRevocations must not be null.");
            return errors;
        }

        foreach (var (name, fault) in Operations)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add($"{prefix}:Operations has an empty operation name.");
                continue;
            }

            if (fault is null)
            {
                errors.Add($"{prefix}:Operations:{name} is empty.");
                continue;
            }

            CheckRate(errors, $"{prefix}:Operations:{name}:ErrorRate", fault.ErrorRate);
            if (fault.StatusCode is not (500 or 503))
            {
                errors.Add($"{prefix}:Operations:{name}:StatusCode must be 500 or 503.");
            }
        }

        for (var i = 0; i < Outages.Count; i++)
        {
            var window = Outages[i];
            if (window is null || window.End <= window.Start)
            {
                errors.Add($"{prefix}:Outages:{i}:End must be after {prefix}:Outages:{i}:Start.");
            }
        }

        return errors;
    }

    private static void CheckRate(List<string> errors, string key, double rate)
    {
        if (double.IsNaN(rate) || rate < 0 || rate > 1)
        {
            errors.Add($"{key} must be between 0 and 1.");
        }
    }
}
