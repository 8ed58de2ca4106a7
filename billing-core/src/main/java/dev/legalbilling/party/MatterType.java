package dev.legalbilling.party;

/**
 * The kind of matter, as ethics rules and contingency-fee caps distinguish them.
 */
public enum MatterType {
    /** No special fee rules apply. */
    GENERAL,
    /** Personal injury and wrongful death. */
    PERSONAL_INJURY,
    /** Medical, dental or podiatric malpractice. */
    MEDICAL_MALPRACTICE,
    /** Divorce, alimony, support and property settlement. */
    DOMESTIC_RELATIONS,
    /** Collection of support arrears (contingency permitted, unlike other domestic relations work). */
    SUPPORT_ARREARS_COLLECTION,
    /** Defence of a criminal charge. */
    CRIMINAL_DEFENSE,
    /** Social Security disability and retirement claims. */
    SOCIAL_SECURITY_DISABILITY,
    /** Veterans' benefits claims. */
    VETERANS_BENEFITS,
    /** Claims under the Federal Tort Claims Act. */
    FEDERAL_TORT_CLAIM,
    /** Collection of commercial claims. */
    COLLECTION,
    /** Other tort claims (products liability, family torts). */
    OTHER_TORT,
    /** Employment and discrimination claims. */
    EMPLOYMENT
}
