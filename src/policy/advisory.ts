/**
 * An advisory as data (src/policy/advisories/*.yml, validated against schemas/advisory.schema.json).
 * The built-in one encodes CVE-2025-59287 and the hotpatch baseline calendar; users can add more.
 */
export interface Advisory {
  readonly id: string
  readonly title: string
  readonly cves: readonly string[]
  readonly summary: string
  /** When machines hit by this advisory need reboots beyond the baseline calendar (ISO dates). */
  readonly disruption: { readonly start: string; readonly end: string; readonly description: string }
  /** Per OS build family: the fixing KB and the first fixed build. */
  readonly families: readonly AdvisoryFamily[]
  /** Images on which hotpatching can be enabled (publisher/offer/SKU compared case-insensitively). */
  readonly hotpatchImages: readonly HotpatchImage[]
  /** Planned baseline months (1-12): every hotpatch machine reboots in them. */
  readonly baselineMonths: readonly number[]
  readonly sources: readonly { readonly title: string; readonly url: string }[]
  /**
   * When its facts were last reviewed (YYYY-MM-DD). Every shipped advisory carries one; the report names it,
   * and warns when the evaluation date is long past it (src/policy/knowledge.ts).
   */
  readonly reviewed?: string
}

export interface AdvisoryFamily {
  readonly os: string
  /** Build family, e.g. 26100. */
  readonly build: number
  /** First fixed update build revision (UBR), e.g. 6905 for 26100.6905. */
  readonly fixedRevision: number
  readonly kb: string
  /** KB that kept hotpatch machines on the hotpatch train, when there is one. */
  readonly hotpatchKb?: string
  /** Whether installing `kb` takes hotpatch machines off hotpatching. */
  readonly breaksHotpatch: boolean
}

export interface HotpatchImage {
  readonly publisher: string
  readonly offer: string
  readonly sku: string
  /** e.g. "Windows Server 2025 Datacenter: Azure Edition". */
  readonly os: string
  readonly build: number
  /** Hotpatch is on unless turned off (the `hotpatch-default` setting governs unset flags). */
  readonly hotpatchOnByDefault: boolean
  readonly preview: boolean
}
