"""Arabic event triggers: the verbs, nouns and fixed expressions by which the Arabic-language press
reports each of the 16 PLOVER 2.0 event types, with where the actor and the recipient sit.

Conventions (see ``marsad.nlp.lang.triggers_schema.Trigger``):

- The Arabic pipeline has no lemmatiser: ``words`` are *folded* surface forms (``marsad.normalize.fold``:
  no diacritics or tatweel, أ/إ/آ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي), matched after the attached
  proclitics (و ف ب ل ك, ال, لل) are stripped (``arabic_variants``). So "والتقى" and "التقى" both
  match "التقي", "بالسجن" matches "سجن", "الزيارة" matches "زياره". Suffixes are not stripped: the
  inflected forms the press uses are listed one by one (3rd person masculine and feminine perfect —
  states are feminine: "أدانت مصر" —, the present of headlines "مصر تدين", the pronoun-suffixed nouns
  "زيارته", "استقالته"). Future forms with the prefix س ("سيزور") are listed under AGREE, the
  manual's code for announced cooperative events.
- Multiword triggers list their words in text order, with up to two other tokens between two words
  ("دعا الرئيس نظيره لزيارة" = ("دعا", "زياره")).
- Where two triggers share a head word, the longer match wins; between equally long ones the one
  listed first wins.
- ``requires`` / ``excludes`` are checked against every form of the sentence: they keep a polysemous
  form to its event sense ("وقع" signs only with an agreement noun, otherwise it "happened"; "إطلاق
  النار" is no shooting in "وقف إطلاق النار"; "منظمة العفو الدولية" is no pardon).
- Sides follow the word order: "after" is the first actor after the trigger (verb-subject-object
  order of the news sentence), "after2" the second one ("التقى وزير الخارجية العراقي نظيره الروسي"),
  "before" the last actor before it (subject-first headlines); prepositions are given folded as they
  stand as separate words: "مع", "الي" (إلى), "علي" (على), "من", "ضد". Perfect-tense verbs look after
  the trigger first, present-tense headline forms before it.
- Visits: the visitor is the actor and the host the recipient; for "استقبل" (the host is the subject)
  the recipient is "after" and the actor "after2".
- AID is coded with the supplier as actor; "تسلم" / "اشترى" (the buyer's side) set
  ``supplier_is_recipient`` and the supplier is found after "من".
- Modes and contexts are set only when the trigger itself implies them; ``confidence`` is a prior by
  how unambiguously the form reports its event in international politics news.

Sources: the PLOVER 2.0 manual (event, mode and "potential ambiguities" sections, CC BY-SA 4.0,
openeventdata/PLOVER) and the verb classes of the CAMEO codebook (``CAMEO.eventcodes.txt``) as mapped
by ``CAMEO2PLOVER-2021.txt``; the Arabic wording is that of Modern Standard Arabic news agencies and
dailies (the register of official agencies' reports of audiences, calls, condemnations and strikes).
No entry names a place, person or weapon system from any article.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from marsad.nlp.lang.triggers_schema import Trigger

# --- where the sides are -------------------------------------------------------------------------
_VSO = ("after", "before")  # perfect verbs and nouns: the actor follows
_SVO = ("before", "after")  # present-tense headline forms: the actor precedes
_OBJ = ("after2",)
_WITH = ("مع", "after2")
_TO = ("الي", "after2")
_ON = ("علي", "ضد", "after2")
_FROM = ("من",)


def _each(forms: str, type_: str, mode: str | None = None, **fields: Any) -> list[Trigger]:
    """One single-word trigger per inflected form (space-separated, already folded)."""
    fields.setdefault("actor", _VSO)
    fields.setdefault("recipient", _OBJ)
    return [Trigger((form,), type_, mode, **fields) for form in forms.split()]


def _pairs(heads: str, rest: str, type_: str, mode: str | None = None, **fields: Any) -> list[Trigger]:
    """One multiword trigger per inflected head form, each followed by the words of ``rest``."""
    fields.setdefault("actor", _VSO)
    fields.setdefault("recipient", _OBJ)
    return [Trigger((head, *rest.split()), type_, mode, **fields) for head in heads.split()]


# --- forms that keep polysemous triggers to their event sense ------------------------------------
_AGREEMENT = ("مذكره", "اتفاقيه", "اتفاقيات", "اتفاق", "معاهده", "عقد", "عقود", "بروتوكول", "ميثاق", "اعلان")
_OCCURRED = ("انفجار", "اشتباك", "اشتباكات", "هجوم", "حادث", "قتيل", "قتلي", "ضحايا", "اصابه", "زلزال", "خساير")
_WEAPONS = (
    "اسلحه",
    "سلاح",
    "اسلحتها",
    "صواريخ",
    "صاروخ",
    "منظومه",
    "منظومات",
    "طايرات",
    "طايره",
    "مقاتلات",
    "مروحيات",
    "دبابات",
    "مدرعات",
    "ذخاير",
    "ذخيره",
    "معدات",
    "عتاد",
    "رادار",
    "فرقاطه",
    "غواصه",
    "مسيرات",
    "عسكريه",
)
_ARMS_TRADE = ("تسليم", "تسلم", "تسلمت", "بيع", "صفقه", "شراء", "تزويد", "تصنيع", "انتاج", "تجربه", "اختبار", "نشر")
_COURT = ("محكمه", "قضاء", "قاضي", "سجن", "حكم", "اعدام", "موبد", "غرامه")
_DIPLOMAT = ("سفير", "سفيرا", "دبلوماسي", "دبلوماسيين", "دبلوماسيا", "قايم", "قنصل")
_TROOPS = ("قوات", "قواته", "قواتها", "جنود", "جيش", "وحدات", "عسكريين", "قطعات")
_DISASTER = ("زلزال", "فيضان", "فيضانات", "سيول", "جفاف", "عاصفه", "اعصار", "حرايق", "وباء", "مجاعه")
_DEMAND = ("طالب", "طالبت", "يطالب", "تطالب", "دعا", "دعت", "يدعو", "تدعو", "مطالبه", "حث", "حثت")
_VISIT_WORDS = ("زياره", "لحضور", "حضور", "للمشاركه", "المشاركه", "مشاركه", "قمه", "موتمر")
_INTENT = ("مستعد", "مستعده", "استعداد", "استعداده", "استعدادها", "تعهد", "تعهدت", "وعد", "وعدت", "يعتزم", "تعتزم")
_PROTEST_WORDS = ("متظاهرين", "متظاهرون", "محتجين", "محتجون", "مظاهره", "مظاهرات", "تظاهره", "تظاهرات")

# A lexicon reads best as a table: one trigger per line or two.
# fmt: off
TRIGGERS: list[Trigger] = [
    # ======================================================= CONSULT (meetings, talks, visits, calls)
    *_each("التقي التقت التقيا", "CONSULT", recipient=("مع", "after2"), confidence=0.85),
    *_each("يلتقي تلتقي", "CONSULT", actor=_SVO, recipient=("مع", "after2"), confidence=0.8),
    *_each("لقاء", "CONSULT", recipient=_WITH, confidence=0.7),
    *_each("اجتمع اجتمعت", "CONSULT", recipient=_WITH, confidence=0.8),
    *_each("يجتمع تجتمع", "CONSULT", actor=_SVO, recipient=_WITH, confidence=0.75),
    *_each("اجتماع", "CONSULT", recipient=_WITH, excludes=("الغاء", "تاجيل"), confidence=0.65),
    *_each("بحث بحثت بحثا", "CONSULT", recipient=_WITH, requires=("مع",), excludes=("عن",), confidence=0.75),
    *_each("يبحث تبحث", "CONSULT", actor=_SVO, recipient=_WITH, requires=("مع",), excludes=("عن",), confidence=0.7),
    *_each("تباحث تباحثت تباحثا", "CONSULT", recipient=_WITH, confidence=0.85),
    *_each("ناقش ناقشت", "CONSULT", recipient=_WITH, requires=("مع",), confidence=0.7),
    *_each("محادثات مباحثات", "CONSULT", recipient=_WITH, confidence=0.85),
    *_each("مفاوضات", "CONSULT", recipient=_WITH, excludes=("تعليق", "علقت", "رفض", "رفضت", "انسحب"), confidence=0.8),
    *_each("تفاوض", "CONSULT", recipient=_WITH, excludes=("رفض", "رفضت", "يرفض", "ترفض"), confidence=0.75),
    *_each("يتفاوض تتفاوض", "CONSULT", actor=_SVO, recipient=_WITH, confidence=0.75),
    # first person of reported speech ("نحن نتفاوض مع …"): the actor is the speaker (extract.sides)
    *_each("نتفاوض", "CONSULT", actor=("speaker",), recipient=_WITH, confidence=0.7),
    *_each("نبحث نتباحث", "CONSULT", actor=("speaker",), recipient=_WITH, confidence=0.65),
    *_each("قمه", "CONSULT", recipient=_WITH, excludes=("الغاء", "تاجيل", "قاطع", "قاطعت", "جبل"), confidence=0.7),
    *_each("وساطه", "CONSULT", recipient=("بين", "after2"), contexts=("diplomatic",), excludes=("عرض", "عرضت", "رفض",
            "رفضت"), confidence=0.6),
    # visits: the visitor is the actor, the host the recipient
    *_each("زار زارت", "CONSULT", "visit", confidence=0.85),
    *_each("يزور تزور", "CONSULT", "visit", actor=_SVO, confidence=0.75),
    *_each("زياره", "CONSULT", "visit", recipient=_TO, excludes=("اعلن", "اعلنت", "الغاء", "الغت", "دعا", "دعت", "وجه",
            "وجهت"), confidence=0.8),
    *_each("زيارته زيارتها", "CONSULT", "visit", actor=("before",), recipient=("الي", "after"), excludes=("اعلن",
            "اعلنت", "الغاء", "دعا", "دعت"), confidence=0.75),
    *_pairs("وصل وصلت", "الي", "CONSULT", "visit", recipient=("الي",), excludes=(*_WEAPONS, "شحنه", "دفعه", "مساعدات"),
            confidence=0.75),
    *_pairs("يصل تصل", "الي", "CONSULT", "visit", actor=_SVO, recipient=("الي",), excludes=(*_WEAPONS, "شحنه", "دفعه",
            "مساعدات"), confidence=0.7),
    *_each("استقبل استقبلت", "CONSULT", "visit", actor=("after2",), recipient=("after",), confidence=0.8),
    *_each("يستقبل تستقبل", "CONSULT", "visit", actor=("after",), recipient=("before",), confidence=0.7),
    *_each("استقبال", "CONSULT", "visit", actor=("after2",), recipient=("after",), confidence=0.7),
    # phone and remote
    *_pairs("اتصالا", "هاتفيا", "CONSULT", "phone", recipient=_WITH, confidence=0.9),
    *_pairs("اتصال", "هاتفي", "CONSULT", "phone", recipient=_WITH, confidence=0.9),
    *_pairs("مكالمه", "هاتفيه", "CONSULT", "phone", recipient=_WITH, confidence=0.9),
    *_each("مكالمه", "CONSULT", "phone", recipient=_WITH, confidence=0.8),
    *_each("اتصل اتصلت", "CONSULT", "phone", confidence=0.75),
    *_each("هاتفيا", "CONSULT", "phone", actor=("before", "after"), recipient=_WITH, confidence=0.75),
    *_pairs("اتصال", "مريي", "CONSULT", "phone", recipient=_WITH, confidence=0.8),
    *_pairs("تقنيه", "فيديو", "CONSULT", "phone", actor=("before",), recipient=_WITH, confidence=0.7),
    # ======================================================= AGREE (offers, promises, invitations)
    *_pairs("دعا دعت", "زياره", "AGREE", contexts=("diplomatic",), confidence=0.85),
    *_pairs("وجه وجهت", "دعوه", "AGREE", recipient=_TO, requires=_VISIT_WORDS, contexts=("diplomatic",),
            confidence=0.8),
    *_pairs("تلقي تلقت", "دعوه", "AGREE", recipient=_FROM, contexts=("diplomatic",), confidence=0.75),
    *_pairs("قبل قبلت", "دعوه", "AGREE", recipient=_FROM, contexts=("diplomatic",), confidence=0.75),
    *_pairs("اعلن اعلنت", "زياره", "AGREE", recipient=_TO, contexts=("diplomatic",), confidence=0.75),
    *_each("سيزور ستزور", "AGREE", confidence=0.8),
    *_each("سيلتقي ستلتقي", "AGREE", recipient=("مع", "after2"), confidence=0.8),
    *_each("تعهد تعهدت", "AGREE", recipient=_TO, confidence=0.8),
    *_each("يتعهد تتعهد", "AGREE", actor=_SVO, recipient=_TO, confidence=0.75),
    *_each("وعد وعدت", "AGREE", confidence=0.65),
    *_each("مستعد مستعده مستعدون", "AGREE", actor=("before", "after", "speaker"), recipient=("مع", "after"),
           confidence=0.75),
    *_each("استعداد استعداده استعدادها", "AGREE", actor=("before", "after"), recipient=("مع", "after"),
            excludes=("عسكريه", "لهجوم", "هجوم", "انتخابات", "موسم"), confidence=0.7),
    *_each("اتفق اتفقت اتفقا", "AGREE", recipient=("مع", "after2"), confidence=0.75),
    *_pairs("توصل توصلت توصلا", "اتفاق", "AGREE", recipient=("مع", "after2"), confidence=0.75),
    *_pairs("عرض عرضت", "مساعده", "AGREE", recipient=_ON, confidence=0.75),
    *_pairs("عرض عرضت", "وساطه", "AGREE", recipient=("بين", "after2"), contexts=("diplomatic",), confidence=0.75),
    *_pairs("عرض عرضت", "تزويد", "AGREE", recipient=_ON, confidence=0.75),
    *_pairs("وافق وافقت", "صفقه", "AGREE", recipient=("مع", "after2"), contexts=("military",), confidence=0.75),
    *_pairs("وافق وافقت", "بيع", "AGREE", recipient=_TO, contexts=("military",), confidence=0.8),
    # ======================================================= SUPPORT (sign, praise, thank, back, recognise)
    *_each("وقع وقعت وقعا", "SUPPORT", recipient=("مع", "after2"), requires=_AGREEMENT, excludes=_OCCURRED,
            confidence=0.8),
    *_each("يوقع", "SUPPORT", actor=_SVO, recipient=("مع", "after2"), requires=_AGREEMENT, excludes=_OCCURRED,
            confidence=0.75),
    *_each("توقيع", "SUPPORT", recipient=("مع", "بين"), requires=_AGREEMENT, excludes=("تاجيل", "رفض"),
            confidence=0.75),
    *_each("ابرم ابرمت", "SUPPORT", recipient=("مع", "after2"), requires=_AGREEMENT, confidence=0.85),
    *_each("ابرام", "SUPPORT", recipient=("مع", "بين"), requires=_AGREEMENT, confidence=0.75),
    *_each("شكر شكرت", "SUPPORT", confidence=0.75),
    *_each("شكره", "SUPPORT", actor=("before",), recipient=("ل", "after"), confidence=0.7),
    *_each("هنات تهنيه", "SUPPORT", confidence=0.85),
    *_each("يهني تهني", "SUPPORT", actor=_SVO, confidence=0.8),
    *_pairs("برقيه", "تهنيه", "SUPPORT", recipient=("الي", "after2"), confidence=0.9),
    *_each("اشاد اشادت", "SUPPORT", recipient=("ب", "after2"), confidence=0.85),
    *_each("يشيد تشيد", "SUPPORT", actor=_SVO, recipient=("ب", "after"), confidence=0.8),
    *_each("اشاده", "SUPPORT", confidence=0.7),
    *_each("رحب رحبت", "SUPPORT", excludes=("ضيف", "ضيوف", "وفد"), confidence=0.75),
    *_each("يرحب ترحب", "SUPPORT", actor=_SVO, excludes=("ضيف", "ضيوف", "وفد"), confidence=0.75),
    *_pairs("اكد اكدت جدد جددت", "دعم", "SUPPORT", confidence=0.85),
    *_pairs("اكد جدد", "دعمه", "SUPPORT", confidence=0.85),
    *_pairs("اكدت جددت", "دعمها", "SUPPORT", confidence=0.85),
    *_each("ايد ايدت", "SUPPORT", confidence=0.7),
    *_each("تاييد", "SUPPORT", excludes=("رفض",), confidence=0.65),
    *_each("دعم", "SUPPORT", excludes=("عسكري", "عسكريا", "بالسلاح", "سلاح", "مالي", "ماليا", "لوجستي", "وقف", "قطع",
            "اتهم", "اتهمت", "يتهم", "تتهم", "اتهام", "اتهامات", "ارهاب", "ارهابيه"), confidence=0.6),
    *_each("يدعم تدعم", "SUPPORT", actor=_SVO, excludes=("عسكريا", "بالسلاح", "ماليا"), confidence=0.6),
    *_each("اعترف اعترفت", "SUPPORT", requires=("استقلال", "سياده", "دوله", "حكومه"), confidence=0.7),
    *_pairs("استيناف اعاده تطبيع", "علاقات", "SUPPORT", recipient=("مع", "after2"), contexts=("diplomatic",),
            confidence=0.8),
    *_each("تطبيع", "SUPPORT", recipient=("مع", "after2"), contexts=("diplomatic",), excludes=("رفض", "يرفض", "ترفض",
            "ضد", "مناهض", "مناهضه", "تجريم"), confidence=0.65),
    # ======================================================= COOPERATE (joint exercises, intelligence, extradition)
    *_pairs("مناورات", "مشتركه", "COOPERATE", recipient=_WITH, contexts=("military",), confidence=0.9),
    *_pairs("تمرين", "مشترك", "COOPERATE", recipient=_WITH, contexts=("military",), confidence=0.85),
    *_pairs("تمارين تدريبات", "مشتركه", "COOPERATE", recipient=_WITH, contexts=("military",), confidence=0.85),
    *_pairs("دوريات دوريه", "مشتركه", "COOPERATE", recipient=_WITH, contexts=("military",), confidence=0.85),
    *_pairs("عمليه عمليات", "مشتركه", "COOPERATE", recipient=_WITH, contexts=("military",), confidence=0.7),
    *_pairs("تبادل", "معلومات", "COOPERATE", recipient=_WITH, contexts=("intelligence",), confidence=0.8),
    *_pairs("تسليم", "مطلوبين", "COOPERATE", recipient=_TO, contexts=("legal",), confidence=0.8),
    # ======================================================= AID (supplier is the actor)
    *_each("سلمت", "AID", recipient=("after2", "الي"), excludes=("نفسها", "نفسه", "سلطه", "رساله"), confidence=0.6),
    *_each("تسليم", "AID", recipient=_TO, excludes=(*_DEMAND, "رفض", "سلطه", "نفسه", "نفسها", "رساله", "جوايز", "مهام"),
            confidence=0.7),
    *_each("زود زودت", "AID", recipient=("after2",), confidence=0.8),
    *_each("يزود تزود", "AID", actor=_SVO, recipient=("after",), excludes=("وقود",), confidence=0.75),
    *_each("تزويد", "AID", recipient=("after",), excludes=("وقود",), confidence=0.75),
    *_each("باع باعت", "AID", recipient=_TO, requires=_WEAPONS, contexts=("military",), confidence=0.75),
    *_each("يبيع تبيع", "AID", actor=_SVO, recipient=_TO, requires=_WEAPONS, contexts=("military",), confidence=0.7),
    *_each("بيع", "AID", recipient=_TO, requires=_WEAPONS, excludes=("وافق", "وافقت", "موافقه", "حظر", "تعليق",
            "مفاوضات", "تفاوض"), contexts=("military",), confidence=0.65),
    *_pairs("ارسل ارسلت قدم قدمت", "مساعدات", "AID", recipient=_TO, confidence=0.8),
    *_pairs("ارسل ارسلت", "اسلحه", "AID", recipient=_TO, contexts=("military",), confidence=0.85),
    *_pairs("شحنه", "اسلحه", "AID", recipient=_TO, contexts=("military",), confidence=0.7),
    *_pairs("منح منحت", "لجوء", "AID", recipient=("after2",), contexts=("asylum",), confidence=0.85),
    *_pairs("منح منحت", "قرضا", "AID", recipient=("after2",), contexts=("economic",), confidence=0.8),
    *_pairs("تدريب", "قوات", "AID", contexts=("military",), confidence=0.65),
    # told from the buyer's side: the grammatical actor receives, the supplier follows "من"
    *_each("تسلم تسلمت استلم استلمت", "AID", recipient=_FROM, supplier_is_recipient=True, excludes=("منصب", "منصبه",
            "مهام", "مهامه", "سلطه", "رياسه", "اوراق", "اعتماد", "رساله", "جايزه"), confidence=0.8),
    *_each("يتسلم تتسلم", "AID", actor=_SVO, recipient=_FROM, supplier_is_recipient=True, excludes=("منصب", "منصبه",
            "مهام", "مهامه", "سلطه", "رياسه", "اوراق", "اعتماد"), confidence=0.75),
    *_each("اشتري اشترت", "AID", recipient=_FROM, requires=_WEAPONS, supplier_is_recipient=True, contexts=("military",),
            confidence=0.7),
    *_each("شراء اقتناء", "AID", recipient=_FROM, requires=_WEAPONS, excludes=("مفاوضات", "تفاوض", "يعتزم", "تعتزم",
            "نيه", "خطط", "تخطط", "يخطط"), supplier_is_recipient=True, contexts=("military",), confidence=0.6),
    *_pairs("حصل حصلت", "علي", "AID", recipient=_FROM, requires=_WEAPONS, supplier_is_recipient=True,
            contexts=("military",), confidence=0.65),
    # ======================================================= REQUEST (calls, demands, appeals)
    *_pairs("دعا دعت", "وقف", "REQUEST", "yield", recipient=("after2",), confidence=0.85),
    *_pairs("طالب طالبت", "افراج", "REQUEST", "yield", confidence=0.85),
    *_pairs("طالب طالبت", "انسحاب", "REQUEST", "yield", confidence=0.85),
    *_pairs("طالب طالبت", "استقاله", "REQUEST", "change", confidence=0.85),
    *_pairs("دعا دعت", "حوار", "REQUEST", "meet", recipient=("after2",), confidence=0.8),
    *_pairs("طلب طلبت", "مساعده", "REQUEST", "assist", recipient=("من", "after2"), confidence=0.8),
    *_each("دعا دعت", "REQUEST", excludes=_VISIT_WORDS, confidence=0.8),
    *_each("يدعو تدعو", "REQUEST", actor=_SVO, recipient=("after",), excludes=_VISIT_WORDS, confidence=0.75),
    *_each("طالبت", "REQUEST", confidence=0.85),
    *_each("يطالب تطالب", "REQUEST", actor=_SVO, recipient=("after",), confidence=0.85),
    *_each("طالب", "REQUEST", excludes=("جامعه", "جامعي", "طلاب", "مدرسه", "دراسه", "دراسته"), confidence=0.6),
    *_each("حث حثت", "REQUEST", confidence=0.85),
    *_each("يحث تحث", "REQUEST", actor=_SVO, recipient=("after",), confidence=0.85),
    *_each("ناشد ناشدت", "REQUEST", confidence=0.85),
    *_each("يناشد تناشد", "REQUEST", actor=_SVO, recipient=("after",), confidence=0.85),
    *_each("طلبت", "REQUEST", recipient=("من", "after2"), confidence=0.7),
    *_each("طلب", "REQUEST", recipient=("من", "after2"), confidence=0.6),
    # ======================================================= ACCUSE (condemn, accuse, investigate)
    *_each("ادان ادانت", "ACCUSE", "disapprove", excludes=_COURT, confidence=0.85),
    *_each("يدين تدين", "ACCUSE", "disapprove", actor=_SVO, recipient=("after",), excludes=_COURT, confidence=0.85),
    *_each("ادانه", "ACCUSE", "disapprove", excludes=_COURT, confidence=0.75),
    *_each("استنكر استنكرت", "ACCUSE", "disapprove", confidence=0.85),
    *_each("يستنكر تستنكر", "ACCUSE", "disapprove", actor=_SVO, recipient=("after",), confidence=0.85),
    *_each("استنكار", "ACCUSE", "disapprove", confidence=0.75),
    *_each("شجب شجبت", "ACCUSE", "disapprove", confidence=0.85),
    *_each("ندد نددت", "ACCUSE", "disapprove", recipient=("ب", "after2"), confidence=0.85),
    *_each("يندد تندد", "ACCUSE", "disapprove", actor=_SVO, recipient=("ب", "after"), confidence=0.85),
    *_each("انتقد انتقدت", "ACCUSE", "disapprove", confidence=0.8),
    *_each("ينتقد تنتقد", "ACCUSE", "disapprove", actor=_SVO, recipient=("after",), confidence=0.8),
    *_each("انتقادات", "ACCUSE", "disapprove", excludes=("رد", "ردت", "رفض", "رفضت"), confidence=0.65),
    *_each("استدعي استدعت", "ACCUSE", "disapprove", requires=_DIPLOMAT, excludes=("تشاور", "سفيرها", "سفيره"),
            contexts=("diplomatic",), confidence=0.85),
    *_each("استدعاء", "ACCUSE", "disapprove", requires=_DIPLOMAT, excludes=("تشاور", "سفيرها", "سفيره"),
            contexts=("diplomatic",), confidence=0.8),
    *_pairs("مذكره", "احتجاج", "ACCUSE", "disapprove", recipient=("الي", "after2"), contexts=("diplomatic",),
            confidence=0.85),
    *_each("اتهم اتهمت", "ACCUSE", "allege", confidence=0.85),
    *_each("يتهم تتهم", "ACCUSE", "allege", actor=_SVO, recipient=("after",), confidence=0.85),
    *_each("اتهام اتهامات", "ACCUSE", "allege", excludes=("نفي", "نفت", "نفي", "رفض", "رفضت", "ينفي", "تنفي"),
            confidence=0.65),
    *_each("حملت", "ACCUSE", "allege", requires=("مسووليه", "مسووليته", "مسووليتها"), confidence=0.75),
    *_each("حمل", "ACCUSE", "allege", requires=("مسووليه", "مسووليته", "مسووليتها"), confidence=0.65),
    *_pairs("فتح فتحت", "تحقيقا", "ACCUSE", "investigate", recipient=("في",), confidence=0.85),
    *_pairs("فتح فتحت", "تحقيق", "ACCUSE", "investigate", recipient=("في",), confidence=0.85),
    *_pairs("لجنه", "تحقيق", "ACCUSE", "investigate", recipient=("في",), confidence=0.8),
    *_each("تحقيقات", "ACCUSE", "investigate", recipient=("في",), confidence=0.7),
    *_each("تحقيق", "ACCUSE", "investigate", recipient=("في",), requires=("جريمه", "حادث", "هجوم", "فساد", "مقتل",
            "اغتيال", "ملابسات", "انتهاكات", "تفجير"), excludes=_DEMAND, confidence=0.65),
    *_pairs("رفع رفعت", "دعوي", "ACCUSE", "allege", recipient=("ضد", "علي"), contexts=("legal",), confidence=0.85),
    # ======================================================= REJECT (refuse, reject, veto, cancel)
    *_pairs("الغي الغت الغاء", "زياره", "REJECT", "meet", recipient=_TO, confidence=0.85),
    *_pairs("اعتذر اعتذرت", "حضور", "REJECT", "meet", confidence=0.75),
    *_pairs("حق", "نقض", "REJECT", actor=("before", "after"), recipient=("ضد", "علي"), confidence=0.8),
    *_each("فيتو", "REJECT", actor=("before", "after"), recipient=("ضد", "علي"), confidence=0.8),
    *_each("رفض رفضت", "REJECT", confidence=0.8),
    *_each("يرفض ترفض", "REJECT", actor=_SVO, recipient=("after",), confidence=0.8),
    # ======================================================= THREATEN (threats, warnings)
    *_pairs("هدد هددت", "عقوبات", "THREATEN", "restrict", confidence=0.85),
    *_pairs("هدد هددت", "طرد", "THREATEN", "expel", confidence=0.85),
    *_pairs("هدد هددت", "قطع", "THREATEN", "relations", confidence=0.85),
    *_pairs("هدد هددت", "رد", "THREATEN", "violence", confidence=0.85),
    *_each("هدد هددت", "THREATEN", excludes=_DISASTER, confidence=0.8),
    *_each("يهدد تهدد", "THREATEN", actor=_SVO, recipient=("after",), excludes=(*_DISASTER, "استقرار", "امن"),
            confidence=0.7),
    *_each("توعد توعدت", "THREATEN", "violence", confidence=0.85),
    *_each("يتوعد تتوعد", "THREATEN", "violence", actor=_SVO, recipient=("after",), confidence=0.85),
    *_each("حذر حذرت", "THREATEN", excludes=(*_DISASTER, "مخاطر", "خطر", "كارثه", "ازمه"), confidence=0.6),
    *_each("يحذر تحذر", "THREATEN", actor=_SVO, recipient=("after",), excludes=(*_DISASTER, "مخاطر", "خطر", "كارثه",
            "ازمه"), confidence=0.6),
    *_pairs("مهله", "نهاييه", "THREATEN", "relations", recipient=("after", "ل"), confidence=0.7),
    # ======================================================= PROTEST (collective, civilian)
    *_pairs("اضراب", "طعام", "PROTEST", "hunger", actor=("after", "before"), recipient=("ضد",), confidence=0.9),
    *_each("اضراب", "PROTEST", "strike", actor=("after", "before"), recipient=("ضد",), excludes=("دعا", "دعت", "هدد",
            "هددت", "تلوح"), confidence=0.8),
    *_each("تظاهر تظاهرت", "PROTEST", "demo", recipient=("ضد", "امام"), confidence=0.7),
    *_each("يتظاهر", "PROTEST", "demo", actor=_SVO, recipient=("ضد", "امام"), confidence=0.7),
    *_each("تظاهره تظاهرات مظاهره مظاهرات", "PROTEST", "demo", recipient=("ضد", "امام"), confidence=0.8),
    *_each("متظاهرين متظاهرون محتجين محتجون", "PROTEST", "demo", actor=("before", "after"), recipient=("ضد",),
            confidence=0.6),
    *_each("احتجاج احتجاجات", "PROTEST", "demo", recipient=("ضد", "علي"), excludes=("مذكره", "رسمي", "رسميا", "سفير",
            "قايم", "دبلوماسي"), confidence=0.7),
    *_pairs("وقفه", "احتجاجيه", "PROTEST", "demo", recipient=("امام", "ضد"), confidence=0.85),
    *_each("اعتصام", "PROTEST", "demo", recipient=("امام", "ضد"), confidence=0.8),
    *_pairs("اعمال", "شغب", "PROTEST", "riot", recipient=("ضد",), confidence=0.85),
    *_each("شغب", "PROTEST", "riot", recipient=("ضد",), confidence=0.75),
    # ======================================================= SANCTION (reduce relations)
    *_pairs("فرض فرضت", "عقوبات", "SANCTION", "discontinue", recipient=_ON, confidence=0.9),
    *_pairs("يفرض تفرض", "عقوبات", "SANCTION", "discontinue", actor=_SVO, recipient=_ON, confidence=0.85),
    *_each("عقوبات", "SANCTION", "discontinue", recipient=_ON, excludes=(*_DEMAND, "رفع", "رفعت", "تخفيف", "هدد",
            "هددت", "يهدد", "تهدد", "لوح", "لوحت", "يلوح", "تلوح", "الغاء", "التفاف", "تحايل", "خرق"), confidence=0.7),
    *_pairs("تجميد جمد جمدت", "اصول", "SANCTION", "discontinue", contexts=("economic",), confidence=0.85),
    *_pairs("قطع قطعت", "علاقات", "SANCTION", "discontinue", recipient=("مع", "after2"), contexts=("diplomatic",),
            confidence=0.9),
    *_pairs("قطع قطعت", "علاقاتها", "SANCTION", "discontinue", recipient=("مع", "after2"), contexts=("diplomatic",),
            confidence=0.9),
    *_pairs("قطع", "علاقاته", "SANCTION", "discontinue", recipient=("مع", "after2"), contexts=("diplomatic",),
            confidence=0.9),
    *_pairs("اغلاق", "مجال", "SANCTION", "discontinue", recipient=("امام", "after2"), confidence=0.75),
    *_pairs("اغلقت اغلق", "مجالها", "SANCTION", "discontinue", recipient=("امام", "after2"), confidence=0.8),
    *_each("علقت علق", "SANCTION", "discontinue", requires=("تعاون", "رحلات", "مساعدات", "عضويه", "مشاركه", "اتفاق",
            "اتفاقيه", "صادرات", "واردات", "علاقات", "مفاوضات"), confidence=0.7),
    *_each("تعليق", "SANCTION", "discontinue", requires=("تعاون", "رحلات", "مساعدات", "عضويه", "مشاركه", "اتفاق",
            "اتفاقيه", "صادرات", "واردات", "علاقات", "مفاوضات"), confidence=0.6),
    *_pairs("طرد طردت", "سفير", "SANCTION", "expel", contexts=("diplomatic",), confidence=0.9),
    *_pairs("طرد طردت", "دبلوماسيين", "SANCTION", "expel", contexts=("diplomatic",), confidence=0.9),
    *_pairs("طرد طردت", "دبلوماسي", "SANCTION", "expel", contexts=("diplomatic",), confidence=0.85),
    *_pairs("استدعت", "سفيرها", "SANCTION", "withdraw", recipient=("من", "لدي"), contexts=("diplomatic",),
            confidence=0.85),
    *_pairs("استدعي", "سفيره", "SANCTION", "withdraw", recipient=("من", "لدي"), contexts=("diplomatic",),
            confidence=0.85),
    *_pairs("سحب سحبت", "سفير", "SANCTION", "withdraw", recipient=("من", "لدي"), contexts=("diplomatic",),
            confidence=0.85),
    *_pairs("سحبت", "سفيرها", "SANCTION", "withdraw", recipient=("من", "لدي"), contexts=("diplomatic",),
            confidence=0.85),
    *_pairs("سحب", "سفيره", "SANCTION", "withdraw", recipient=("من", "لدي"), contexts=("diplomatic",), confidence=0.85),
    *_pairs("اغلاق اغلقت اغلق", "سفاره", "SANCTION", "withdraw", recipient=("في", "لدي"), contexts=("diplomatic",),
            confidence=0.8),
    *_pairs("انسحب انسحبت انسحاب", "اتفاق", "SANCTION", "withdraw", recipient=("من",), confidence=0.8),
    *_pairs("انسحبت انسحب", "اتفاقيه", "SANCTION", "withdraw", recipient=("من",), confidence=0.8),
    *_pairs("حكم حكمت قضت", "سجن", "SANCTION", "convict", contexts=("legal",), confidence=0.85),
    *_pairs("حكم حكمت قضت", "اعدام", "SANCTION", "convict", contexts=("legal",), confidence=0.85),
    # ======================================================= MOBILIZE (deploy, reinforce, alert)
    *_pairs("نشر نشرت", "قوات", "MOBILIZE", "troops", recipient=("في", "علي"), contexts=("military",), confidence=0.85),
    *_pairs("نشر نشرت", "جنود", "MOBILIZE", "troops", recipient=("في", "علي"), contexts=("military",), confidence=0.85),
    *_pairs("نشر نشرت", "منظومه", "MOBILIZE", "weapons", recipient=("في", "علي"), contexts=("military",),
            confidence=0.85),
    *_pairs("نشر نشرت", "صواريخ", "MOBILIZE", "weapons", recipient=("في", "علي"), contexts=("military",),
            confidence=0.85),
    *_pairs("ارسل ارسلت حشد حشدت", "قوات", "MOBILIZE", "troops", recipient=("الي", "علي"), contexts=("military",),
            confidence=0.85),
    *_pairs("ارسل ارسلت دفع دفعت", "تعزيزات", "MOBILIZE", "troops", recipient=("الي", "علي"), confidence=0.85),
    *_each("تعزيزات", "MOBILIZE", "troops", recipient=("الي", "علي"), confidence=0.7),
    *_pairs("حشود", "عسكريه", "MOBILIZE", "troops", recipient=("علي", "قرب"), contexts=("military",), confidence=0.8),
    *_pairs("انتشار", "قوات", "MOBILIZE", "troops", recipient=("في", "علي"), confidence=0.75),
    *_pairs("رفع رفعت", "تاهب", "MOBILIZE", recipient=("ضد",), excludes=(*_DISASTER, "صحي", "طقس"), confidence=0.8),
    *_pairs("حاله", "تاهب", "MOBILIZE", recipient=("ضد",), excludes=(*_DISASTER, "صحي", "طقس"), confidence=0.7),
    *_each("استنفار", "MOBILIZE", recipient=("ضد",), excludes=(*_DISASTER, "صحي", "طقس", "انتخابي"), confidence=0.7),
    # ======================================================= COERCE (arrest, seize, restrict, censor)
    *_each("اعتقل اعتقلت", "COERCE", "arrest", confidence=0.85),
    *_each("يعتقل تعتقل", "COERCE", "arrest", actor=_SVO, recipient=("after",), confidence=0.8),
    *_each("اعتقال اعتقالات", "COERCE", "arrest", excludes=("مذكره",), confidence=0.8),
    *_pairs("القي القت القاء", "قبض", "COERCE", "arrest", recipient=("علي",), confidence=0.9),
    *_pairs("احتجز احتجزت", "ناقله", "COERCE", "seize", confidence=0.85),
    *_pairs("احتجز احتجزت", "سفينه", "COERCE", "seize", confidence=0.85),
    *_each("احتجز احتجزت", "COERCE", "arrest", confidence=0.8),
    *_each("احتجاز", "COERCE", "arrest", confidence=0.75),
    *_each("ضبط ضبطت", "COERCE", "seize", requires=("اسلحه", "مخدرات", "شحنه", "كميه", "كميات", "ذخيره", "ذخاير",
            "اطنان", "كيلوغرام"), excludes=("نفس",), confidence=0.75),
    *_each("صادرت", "COERCE", "seize", confidence=0.8),
    *_each("ترحيل", "COERCE", "deport", recipient=("after", "الي"), confidence=0.75),
    *_each("طرد طردت", "COERCE", "deport", excludes=_DIPLOMAT, confidence=0.65),
    *_pairs("حظر", "تجول", "COERCE", "curfew", recipient=("في",), excludes=("رفع", "رفعت", "تخفيف"), confidence=0.85),
    *_pairs("حاله", "طواري", "COERCE", "martial-law", recipient=("في",), excludes=(*_DISASTER, "رفع", "رفعت", "صحيه",
            "صحي", "كورونا"), confidence=0.7),
    *_pairs("احكام", "عرفيه", "COERCE", "martial-law", recipient=("في",), excludes=("رفع", "رفعت"), confidence=0.85),
    *_each("حصار", "COERCE", "restrict", recipient=("علي",), excludes=("رفع", "رفعت", "فك", "كسر"), confidence=0.7),
    *_pairs("هجوم", "سيبراني", "COERCE", "cyber", recipient=("علي", "ضد"), contexts=("cyber",), confidence=0.85),
    *_pairs("هجوم", "الكتروني", "COERCE", "cyber", recipient=("علي", "ضد"), contexts=("cyber",), confidence=0.85),
    *_pairs("هجمات", "سيبرانيه", "COERCE", "cyber", recipient=("علي", "ضد"), contexts=("cyber",), confidence=0.85),
    *_pairs("هجمات", "الكترونيه", "COERCE", "cyber", recipient=("علي", "ضد"), contexts=("cyber",), confidence=0.85),
    *_pairs("قطع قطعت", "انترنت", "COERCE", "withhold", recipient=("في", "عن"), confidence=0.8),
    # ======================================================= ASSAULT (attacks, with the weapon as mode)
    *_pairs("غاره غارات", "جويه", "ASSAULT", "aerial", recipient=_ON, contexts=("military",), confidence=0.9),
    *_each("غاره غارات", "ASSAULT", "aerial", recipient=_ON, confidence=0.8),
    *_pairs("قصف", "جوي", "ASSAULT", "aerial", recipient=_ON, contexts=("military",), confidence=0.85),
    *_pairs("قصف", "مدفعي", "ASSAULT", "heavy-weapons", recipient=_ON, contexts=("military",), confidence=0.85),
    *_pairs("قصف هجوم", "صاروخي", "ASSAULT", "heavy-weapons", recipient=_ON, confidence=0.85),
    *_each("قصف قصفت", "ASSAULT", recipient=_ON, confidence=0.8),
    *_each("يقصف تقصف", "ASSAULT", actor=_SVO, recipient=("after",), confidence=0.8),
    *_each("قذايف قذيفه", "ASSAULT", "heavy-weapons", recipient=_ON, excludes=_ARMS_TRADE, confidence=0.7),
    *_each("هاون", "ASSAULT", "heavy-weapons", recipient=_ON, excludes=_ARMS_TRADE, confidence=0.75),
    *_pairs("اطلاق اطلق اطلقت", "صواريخ", "ASSAULT", "heavy-weapons", recipient=_ON, excludes=("تجربه", "اختبار"),
            confidence=0.85),
    *_each("صاروخ صواريخ", "ASSAULT", "heavy-weapons", recipient=_ON, excludes=(*_ARMS_TRADE, "منظومه", "منظومات",
            "اطلاق"), confidence=0.6),
    *_pairs("هجوم هجمات ضربه", "طايره", "ASSAULT", "drone", recipient=_ON, confidence=0.9),
    *_pairs("هجوم هجمات", "طايرات", "ASSAULT", "drone", recipient=_ON, confidence=0.9),
    *_pairs("هجوم هجمات", "مسيره", "ASSAULT", "drone", recipient=_ON, confidence=0.9),
    *_pairs("هجوم هجمات", "مسيرات", "ASSAULT", "drone", recipient=_ON, confidence=0.9),
    *_pairs("طايره طايرات", "مسيره", "ASSAULT", "drone", recipient=_ON, excludes=_ARMS_TRADE, confidence=0.7),
    *_pairs("سياره", "مفخخه", "ASSAULT", "explosives", recipient=_ON, confidence=0.9),
    *_pairs("عبوه", "ناسفه", "ASSAULT", "explosives", recipient=_ON, confidence=0.9),
    *_pairs("حزام", "ناسف", "ASSAULT", "suicide-attack", recipient=_ON, contexts=("terrorism",), confidence=0.9),
    *_pairs("هجوم تفجير", "انتحاري", "ASSAULT", "suicide-attack", recipient=_ON, contexts=("terrorism",),
            confidence=0.9),
    *_each("انتحاري", "ASSAULT", "suicide-attack", recipient=_ON, contexts=("terrorism",), confidence=0.8),
    *_each("تفجير تفجيرات", "ASSAULT", "explosives", recipient=_ON, excludes=("نووي",), confidence=0.8),
    *_each("انفجار", "ASSAULT", "explosives", recipient=_ON, excludes=("غاز", "حادث", "عرضي", "حريق", "ماس", "خزان",
            "نووي"), confidence=0.6),
    *_pairs("اطلاق اطلق اطلقت", "نار", "ASSAULT", "firearms", recipient=_ON, excludes=("وقف", "هدنه"), confidence=0.85),
    *_pairs("غاز", "مسيل", "ASSAULT", "crowd-control", recipient=("علي", "لتفريق"), confidence=0.85),
    *_each("اغتيال", "ASSAULT", "targeted", confidence=0.85),
    *_each("اغتال اغتالت", "ASSAULT", "targeted", confidence=0.85),
    *_each("اختطاف خطف", "ASSAULT", "abduct", confidence=0.8),
    *_each("اختطف اختطفت", "ASSAULT", "abduct", confidence=0.8),
    *_each("تعذيب", "ASSAULT", "torture", confidence=0.65),
    *_each("هجوم هجمات", "ASSAULT", recipient=_ON, excludes=("سيبراني", "الكتروني", "اعلامي", "لاذع", "كلامي", "حاد"),
            confidence=0.7),
    *_each("هاجم هاجمت", "ASSAULT", excludes=("بشده", "تصريحات", "انتقادات", "لاذع", "كلمه"), confidence=0.6),
    *_each("استهدف استهدفت", "ASSAULT", excludes=("عقوبات", "اجراءات", "خطه", "مشروع", "برنامج", "قرار"),
            confidence=0.65),
    *_each("يستهدف تستهدف", "ASSAULT", actor=_SVO, recipient=("after",), excludes=("عقوبات", "اجراءات", "خطه", "مشروع",
            "برنامج", "قرار"), confidence=0.6),
    *_each("اعتداء اعتداءات", "ASSAULT", recipient=_ON, confidence=0.7),
    *_each("اشتباكات", "ASSAULT", recipient=_WITH, confidence=0.75),
    *_each("اشتباك معارك", "ASSAULT", recipient=_WITH, confidence=0.7),
    *_each("اجتياح", "ASSAULT", contexts=("military",), confidence=0.7),
    *_pairs("عمليه", "عسكريه", "ASSAULT", recipient=("ضد", "في"), contexts=("military",), confidence=0.6),
    *_each("قتل", "ASSAULT", excludes=("حادث", "سير", "غرق", *_DISASTER, "مرض"), confidence=0.6),
    # ======================================================= CONCEDE (verbal concessions, pardons, regret)
    *_pairs("اصدر اصدرت", "عفو", "CONCEDE", recipient=("عن",), contexts=("legal",), confidence=0.85),
    *_pairs("اصدر اصدرت", "عفوا", "CONCEDE", recipient=("عن",), contexts=("legal",), confidence=0.85),
    *_pairs("عفو", "عام", "CONCEDE", recipient=("عن",), contexts=("legal",), confidence=0.85),
    *_each("عفو", "CONCEDE", recipient=("عن",), excludes=("منظمه", "طالب", "طالبت"), contexts=("legal",),
            confidence=0.65),
    *_each("اعتذر اعتذرت", "CONCEDE", recipient=("ل", "من", "after2"), excludes=("حضور", "مشاركه"), confidence=0.75),
    *_each("اعتذار", "CONCEDE", excludes=(*_DEMAND, "رفض", "رفضت"), confidence=0.7),
    *_each("تنازلات", "CONCEDE", excludes=("رفض", "يرفض", "ترفض", "اي"), confidence=0.6),
    *_pairs("اعلن اعلنت", "انسحاب", "CONCEDE", recipient=("من",), confidence=0.75),
    *_pairs("رفع رفعت", "حظر تجول", "CONCEDE", recipient=("في",), confidence=0.8),
    *_pairs("رفع رفعت", "حاله طواري", "CONCEDE", recipient=("في",), confidence=0.8),
    # ======================================================= RETREAT (withdraw, release, disarm, ceasefire, resign)
    *_pairs("سحب سحبت", "قوات", "RETREAT", "withdraw", recipient=("من",), contexts=("military",), confidence=0.85),
    *_each("انسحب انسحبت", "RETREAT", "withdraw", recipient=("من",), requires=_TROOPS, excludes=(*_AGREEMENT,
            "انتخابات", "سباق"), confidence=0.75),
    *_pairs("انسحاب", "قوات", "RETREAT", "withdraw", recipient=("من",), excludes=(*_DEMAND, "اعلن", "اعلنت", "خطه",
            "جدول", "تعتزم", "يعتزم"), contexts=("military",), confidence=0.7),
    *_each("افرج افرجت", "RETREAT", "release", recipient=("عن",), confidence=0.85),
    *_pairs("اطلق اطلقت", "سراح", "RETREAT", "release", confidence=0.85),
    *_pairs("اطلاق", "سراح", "RETREAT", "release", excludes=(*_DEMAND, "مفاوضات", "صفقه"), confidence=0.7),
    *_each("افراج", "RETREAT", "release", recipient=("عن",), excludes=(*_DEMAND, "مفاوضات"), confidence=0.7),
    *_pairs("تبادل", "اسري", "RETREAT", "release", recipient=("مع", "بين"), excludes=_DEMAND, confidence=0.8),
    *_pairs("دخل", "وقف", "RETREAT", "ceasefire", actor=("بين",), contexts=("military",), confidence=0.8),
    *_pairs("دخلت", "هدنه", "RETREAT", "ceasefire", actor=("بين",), contexts=("military",), confidence=0.8),
    *_pairs("القي القوا القت", "سلاح", "RETREAT", "disarm", contexts=("military",), confidence=0.8),
    *_pairs("تسليم", "سلاح", "RETREAT", "disarm", excludes=_DEMAND, contexts=("military",), confidence=0.75),
    *_pairs("سمح سمحت", "دخول", "RETREAT", "access", confidence=0.65),
    *_each("استقال استقالت", "RETREAT", "resign", recipient=("من",), confidence=0.85),
    *_pairs("قدم", "استقالته", "RETREAT", "resign", recipient=("الي",), confidence=0.85),
    *_pairs("قدمت", "استقالتها", "RETREAT", "resign", recipient=("الي",), confidence=0.85),
    *_each("استقاله", "RETREAT", "resign", excludes=(*_DEMAND, "رفض", "رفضت"), confidence=0.7),
    *_pairs("رفع رفعت", "عقوبات", "RETREAT", recipient=("عن",), contexts=("economic",), confidence=0.8),
    *_pairs("رفع رفعت", "حصار", "RETREAT", "withdraw", recipient=("عن",), confidence=0.75),
]
# fmt: on

# Offers, promises and plans to deliver or to cooperate are AGREE (coded from the intent word), not the
# material event itself (PLOVER manual, AGREE); the topic of a protest is not a separate REQUEST
# (PLOVER manual, PROTEST).
TRIGGERS = [
    dataclasses.replace(t, excludes=(*t.excludes, *(w for w in _INTENT if w not in t.words)))
    if t.type in ("AID", "COOPERATE")
    else dataclasses.replace(t, excludes=(*t.excludes, *_PROTEST_WORDS))
    if t.type == "REQUEST"
    else t
    for t in TRIGGERS
]
