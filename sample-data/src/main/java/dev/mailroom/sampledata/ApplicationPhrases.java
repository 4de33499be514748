package dev.mailroom.sampledata;

import static dev.mailroom.sampledata.Kind.weights;
import static dev.mailroom.sampledata.Phrasebook.kind;
import static dev.mailroom.sampledata.Phrasebook.list;

import dev.mailroom.contracts.Label;
import java.util.List;

/** Job applications: cover letters, speculative applications, internships, short CV e-mails. */
final class ApplicationPhrases {

    private ApplicationPhrases() {}

    static List<Kind> kinds() {
        return list(
                kind(Label.JOB_APPLICATION, "cover-letter")
                        .subjects(
                                "[Application|Job application|Applying] [for|:] [the position of|the role of|] {role}",
                                "[{role} [position|vacancy|role]|Vacancy {digits4}] [- application|- {me}|: my application]",
                                "[My application|Application] [- {me}|as {role}|for reference {digits4}]",
                                "[Re: |]{role} [opening|job|opportunity] [in {yourCity}|advertised on {board}|]")
                        .openers(
                                "[I am writing to apply for|I would like to apply for|I wish to apply for|Please accept my application for|I am very interested in] the [position|role|vacancy|post] of {role} [advertised on {board}|that I saw on {board}|at {yourCompany}|in {yourCity}|(ref. {digits4})].",
                                "[With great interest|With interest|Having read your advertisement on {board}], I [am applying|would like to apply] [for the {role} position|to join your team as {role}].",
                                "[My name is {me} and I am|I am|I'm] [an experienced|a motivated|a qualified|a recently graduated] {role} [looking for a new challenge|based in {myCity}|and would love to join {yourCompany}].")
                        .core(
                                "[I have|I bring|With] [{years} years of|over {years} years'|several years of] experience [as {role}|in {industry}|in a similar role][ at {prevCompany}|].",
                                "[In my current role|At {prevCompany}|In my previous position] I [was responsible for|handled|looked after|managed] [a team of {qty}|customer accounts|daily operations|scheduling and reporting|the {asset}] [and|and also] [improved|reduced|streamlined] [processes|response times|costs] [by {pct}%|significantly|].",
                                "[I hold|I have|I completed] [a degree in|a diploma in|a qualification in|an apprenticeship in] [business administration|engineering|hospitality management|accounting|computer science|logistics|nursing|marketing] [from|at] {uni}.",
                                "[My strengths include|I can offer|I bring] {skill} [skills|experience] and {skill2}.",
                                "[Please find [attached|enclosed]|Attached [are|you will find]|I enclose] my [CV|curriculum vitae|résumé|CV and references|CV and certificates][ for your consideration| and a portfolio|].",
                                "[I am available|I could start|My notice period is] [from {later}|{notice}|immediately|after {notice}].",
                                "[My salary expectation is|I am looking for a salary of|My expected salary is] [around|about|] {salary} [per year|gross per annum|a year|].",
                                "[I would welcome|I would be grateful for|I would appreciate] [the opportunity|the chance|an invitation] [to discuss my application|for an interview|to meet you] [in person|by video call|at your convenience|].")
                        .details(
                                "[I am [particularly|especially]|What attracts me most is that I am] [drawn to|impressed by|excited about] [your company's growth|your work in {industry}|the team culture you describe|the chance to learn].",
                                "[References are available on request|{prevCompany} can provide a reference|My previous manager has agreed to act as a referee].",
                                "[I speak|I am fluent in] [English and German|English, French and Spanish|English and Polish|three languages].",
                                "[[You can reach me|I can be reached] [on|at] {myPhone}|My number is {myPhone}][ or by e-mail|].",
                                "[I am happy to relocate to {yourCity}|I live close to your {yourCity} office|I hold a valid work permit].",
                                "[My LinkedIn profile|My portfolio] [is|can be found] at [linkedin.com/in/{meLast}{digits4}|{meLast}-portfolio.net].")
                        .mixed(
                                "[In my current job I process|At {prevCompany} I processed|I am used to handling] [around {qty}|hundreds of] [supplier invoices|purchase orders|customer complaints|service requests|quotations] [a month|a week|every day][ in SAP| in our ERP system|].",
                                "[I handled|My role included] [escalated complaints|incoming purchase orders|invoice queries|service tickets] and [resolved them quickly|kept the backlog under control|matched invoices to orders].",
                                "[I prepared|I wrote] [quotations and offers|price offers|tenders] [for key accounts|worth up to {amount}|].")
                        .closers(
                                "[Thank you for [your time and consideration|considering my application|reading my application].|I look forward to hearing from you.|I hope to hear from you soon.]")
                        .shorts(
                                "[Hi|Hello|Dear Sir or Madam], [I'd like to apply for|please consider me for|I am applying for] the {role} [role|job|position][ you posted on {board}|]. [CV attached.|My CV is attached.|Attached: CV + references.] [Thanks,|Best,|Regards,] {meFirst}",
                                "[Application|Applying] as {role} - [{years} years of experience|available {notice}|CV attached]. {me}, {myPhone}",
                                "[Is the {role} position still open?|Are you still hiring a {role}?] [I have {years} years of experience in {industry}|I would love to apply] [and attach my CV|- CV attached]. {meFirst}")
                        .titles("Application", "Job application", "Cover letter", "APPLICATION FOR EMPLOYMENT")
                        .fields(
                                "[Position|Role applied for|Vacancy]: {role}",
                                "[Name|Applicant]: {me}",
                                "[Phone|Mobile]: {myPhone}",
                                "[Available from|Start date|Notice period]: [{later}|{notice}]",
                                "[Experience|Years of experience]: {years} years",
                                "[Salary expectation|Expected salary]: {salary}")
                        .layouts(weights(1.3, 1.5, 0.3, 0, 0.3, 0)),
                kind(Label.JOB_APPLICATION, "speculative")
                        .subjects(
                                "[Speculative application|Unsolicited application|Open application|Internship application|Apprenticeship] [- {me}|for {month}|in {industry}|]",
                                "[Any openings|Vacancies|Opportunities] [for a {role}|in {dept}|at {yourCompany}]?")
                        .openers(
                                "[I am writing to ask whether|I would like to know if|Could you let me know if] [you have any vacancies|there are opportunities|you are hiring] [for a {role}|in {dept}|in {yourCity}|for an internship].",
                                "[I am a student at {uni}|I recently graduated from {uni}|I am finishing my studies at {uni}] and [am looking for|would like to apply for|am seeking] [an internship|a placement|a graduate position|a working student position|an apprenticeship] [starting {later}|this summer|in {dept}].")
                        .core(
                                "[I have|I gained] [experience in|practical knowledge of] {skill}[ during a placement at {prevCompany}| through part-time work|].",
                                "[Attached|Enclosed] [is|please find] my [CV|résumé|CV and transcript][ and a short cover letter|].",
                                "[I would be grateful if you could|Please] [keep my CV on file|consider me for future openings|forward my application to the right person].",
                                "[I could work|I am available] [20 hours a week|30 hours a week|full time from {later}|for six months].")
                        .mixed(
                                "[I have some experience with|I learnt the basics of] [processing invoices|purchase orders|customer complaints|quotations] [during my internship|at {prevCompany}].")
                        .closers("[Thank you for your time.|I look forward to your reply.|Many thanks in advance.]")
                        .shorts(
                                "[Hi,|Hello,] [do you offer|are there any] [internships|apprenticeships|student jobs] in {dept}? I study at {uni}; CV attached. {me}")
                        .layouts(weights(1.5, 1, 0.1, 0, 0.4, 0)),
                kind(Label.JOB_APPLICATION, "referral-internal")
                        .subjects(
                                "[Internal application|Referral|Application via referral|Expression of interest] [- {role}|: {role} in {dept}|]",
                                "[{youFirst} suggested I apply|Referred by {youFirst}] [for the {role} role|]")
                        .openers(
                                "[{youFirst} {youLast} [suggested|recommended] that I [contact you about|apply for]|I was referred by {youFirst} {youLast} for] the {role} [position|opening|role] [in {dept}|in your {yourCity} office|].",
                                "[I would like to apply internally for|Please consider this my internal application for|I am interested in moving to] the {role} [role|position] in {dept}.")
                        .core(
                                "[[I have been with the company|I have worked in {dept}] [for {years} years|since {longAgo}]|I joined {yourCompany} [in {month} {years} years ago|{years} years ago]].",
                                "[My manager|My team lead] [has agreed to|supports] [the move|my application][ and can give a reference|].",
                                "[I have attached|Attached is] my [updated CV|CV] [and a short motivation letter|].",
                                "[I believe|I am confident] my experience in {skill} [would help the team|is a good fit for the role].",
                                "[I could start|I would be available] [after a handover of {notice}|from {later}|once a replacement is found].")
                        .mixed(
                                "[In my current role I handle|Currently I look after] [supplier invoices|purchase orders|customer complaints|service tickets] [for {qty} accounts|every day].")
                        .closers("[Thank you for considering me.|I would be glad to talk about it.|Many thanks.]")
                        .shorts(
                                "[Hi|Hello] {youFirst}, [I'd like to apply internally for the {role} role|{youFirst} {youLast} suggested I apply for the {role} position] - CV attached. {meFirst}")
                        .layouts(weights(1.6, 0.6, 0.1, 0, 0.4, 0)));
    }
}
