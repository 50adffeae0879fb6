"""Shared invented agencies and key/context helpers."""
AG = {
 "zher": ("Управление земельных отношений города Шымкент", "kanc@zher.shymkent.gov.kz", "140440012837"),
 "arch": ("Управление архитектуры и градостроительства Карагандинской области", "uag@arch.krg.gov.kz", "090340027711"),
 "soc": ("Управление занятости и социальных программ Павлодарской области", "info@uzsp.pvl.gov.kz", "070540019932"),
 "aul": ("Аппарат акима Каратальского сельского округа Аксуского района", "karatal.ak@zhetisu.gov.kz", "051240004418"),
 "obr": ("Управление образования Западно-Казахстанской области", "uo@bilim.zko.gov.kz", "030940015561"),
 "zdr": ("Управление здравоохранения Акмолинской области", "uzo@densaulyk.akm.gov.kz", "990640002274"),
 "vet": ("Комитет ветеринарного контроля и надзора Министерства сельского хозяйства Республики Казахстан", "kvkn@agri.gov.kz", "041140008836"),
 "mju": ("Департамент юстиции Костанайской области", "dju@kst.adilet.gov.kz", "970140003329"),
 "trans": ("Управление пассажирского транспорта и автомобильных дорог Атырауской области", "uptad@atyrau.gov.kz", "100640011487"),
 "aud": ("Аудандық жер қатынастары бөлімі, Сарыағаш ауданы", "zher@saryagash.turkistan.gov.kz", "120140021908"),
 "kult": ("Түркістан облысының мәдениет басқармасы", "madeniet@turkistan.gov.kz", "180240031164"),
 "tur": ("Управление туризма и спорта города Алматы", "sport@almaty.gov.kz", "080440026605"),
 "mvd": ("Департамент полиции Жамбылской области", "dp@zhambyl.police.kz", "990240009913"),
 "pri": ("Управление природных ресурсов и регулирования природопользования Восточно-Казахстанской области", "upr@vko.gov.kz", "060940008807"),
 "gos": ("Комитет государственных доходов по Мангистауской области", "kgd_mng@kgd.gov.kz", "081240013350"),
 "akim": ("Аппарат акима района Байқоңыр города Астаны", "baikonur@astana.gov.kz", "180840022261"),
 "zhkh": ("Отдел жилищно-коммунального хозяйства Талгарского района", "zhkh@talgar.almobl.gov.kz", "050440015578"),
 "obl": ("Қызылорда облысының білім басқармасы", "bilim@kyzylorda.gov.kz", "991040004132"),
 "stroi": ("Управление строительства, архитектуры и градостроительства города Актобе", "usag@aktobe.gov.kz", "110140017762"),
 "agro": ("Управление сельского хозяйства Северо-Казахстанской области", "ush@sko.gov.kz", "970640001185"),
 "ust": ("Маңғыстау облысының денсаулық сақтау басқармасы", "dsb@mangystau.gov.kz", "960840002216"),
 "kom": ("Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства Республики Казахстан", "kds@mps.gov.kz", "040640007328"),
 "nal": ("Управление государственных доходов по Алмалинскому району Департамента государственных доходов по городу Алматы", "ugd_almaly@kgd.gov.kz", "090440019974"),
 "zags": ("Отдел регистрации актов гражданского состояния города Семей", "zags@semey.abai.gov.kz", "120540028847"),
 "lic": ("Управление предпринимательства и индустриально-инновационного развития Костанайской области", "upiir@kostanay.gov.kz", "080240012295"),
}

def agency(k):
    n, e, b = AG[k]
    return {"name": n, "email": e, "bin": b}

def P(full_name, position=None, email=None, phone=None):
    d = {"full_name": full_name}
    if position is not None: d["position"] = position
    if email is not None: d["email"] = email
    if phone is not None: d["phone"] = phone
    return d

def RC(part, lang, resp, prev=None, eff=None, svcs=None):
    d = {"part": part, "kind": "responsible_change", "language": lang, "responsible": resp,
         "previous_responsible": prev, "effective_date": eff}
    if svcs is not None:
        d["services"] = [{"registry_number": s} for s in svcs]
    return d

def RF(part, lang, reason, ground, svcs=None):
    d = {"part": part, "kind": "refusal", "language": lang, "refusal_reason": reason, "refusal_ground": ground}
    if svcs is not None:
        d["services"] = [{"registry_number": s} for s in svcs]
    return d

def CTX(ag, services, awaiting, letter, effect):
    return {"agency": agency(ag), "services": [{"registry_number": r, "name": n} for r, n in services],
            "awaiting": awaiting,
            "our_letter": None if letter is None else {"number": letter[0], "date": letter[1], "subject": letter[2]},
            "expected_effect": effect, "is_reply": True}
